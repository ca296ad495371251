package org.entente.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.entente.catalog.model.Article;
import org.entente.catalog.model.CanonicalFact;
import org.hibernate.Session;

/** Articles. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, String> {

    /**
     * Creates the articles that do not exist and fills, in those that do, only the details they lack (title, url,
     * source, publisher, publication date); every article is locked until the transaction ends, in id order. One
     * statement, safe when several transactions create the same articles at once.
     *
     * @param offered one article per id with the details the messages offer (null where they offer none)
     */
    public void fillMissingAll(Collection<Article> offered, Instant receivedAt) {
        // "where" skips rewriting an article that lacks nothing offered; the conflicting row is locked all the same
        upsert(offered, receivedAt, """
                title = coalesce(a.title, excluded.title), url = coalesce(a.url, excluded.url),
                source = coalesce(a.source, excluded.source),
                published_by = coalesce(a.published_by, excluded.published_by),
                published = coalesce(a.published, excluded.published),
                published_start = case when a.published is null then excluded.published_start
                                       else a.published_start end,
                published_end = case when a.published is null then excluded.published_end else a.published_end end,
                sort_key = case when a.published is null and excluded.published is not null then excluded.sort_key
                                else a.sort_key end
                where (a.title is null and excluded.title is not null) or (a.url is null and excluded.url is not null)
                   or (a.source is null and excluded.source is not null)
                   or (a.published_by is null and excluded.published_by is not null)
                   or (a.published is null and excluded.published is not null)""");
    }

    /**
     * Creates or completes the articles with what their announcements say: a detail given replaces the stored one,
     * a detail left out (null) keeps it; the article's text, counts and ingestion time are replaced. Every article
     * is locked until the transaction ends, in id order. One statement.
     *
     * @param announced one article per id with the announced details
     */
    public void announceAll(Collection<Article> announced, Instant receivedAt) {
        upsert(announced, receivedAt, """
                title = coalesce(excluded.title, a.title), url = coalesce(excluded.url, a.url),
                source = coalesce(excluded.source, a.source),
                published_by = coalesce(excluded.published_by, a.published_by),
                published = coalesce(excluded.published, a.published),
                published_start = case when excluded.published is null then a.published_start
                                       else excluded.published_start end,
                published_end = case when excluded.published is null then a.published_end
                                     else excluded.published_end end,
                sort_key = case when excluded.published is null then a.sort_key else excluded.sort_key end,
                text_sha256 = excluded.text_sha256, text_length = excluded.text_length,
                media_type = excluded.media_type, announced_events = excluded.announced_events,
                announced_agreements = excluded.announced_agreements, announced_trade = excluded.announced_trade,
                ingested_at = excluded.ingested_at""");
    }

    /** Inserts the articles (sorted by id, which is the order their rows are locked in), or updates them. */
    private void upsert(Collection<Article> details, Instant receivedAt, String onConflictUpdate) {
        if (details.isEmpty()) {
            return;
        }
        List<Article> sorted = details.stream().sorted(Comparator.comparing((Article a) -> a.id)).toList();
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into article as a (id, received_at, title, url, source, published_by, published,
                        published_start, published_end, sort_key, text_sha256, text_length, media_type,
                        announced_events, announced_agreements, announced_trade, ingested_at)
                    select u.id, ?, u.title, u.url, u.source, u.published_by, u.published, u.published_start,
                        u.published_end, coalesce(u.sort_key, %d), u.text_sha256, u.text_length, u.media_type,
                        u.announced_events, u.announced_agreements, u.announced_trade, u.ingested_at
                    from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::date[],
                        ?::int[], ?::text[], ?::int[], ?::text[], ?::int[], ?::int[], ?::int[], ?::timestamptz[])
                        with ordinality as u(id, title, url, source, published_by, published, published_start,
                        published_end, sort_key, text_sha256, text_length, media_type, announced_events,
                        announced_agreements, announced_trade, ingested_at, position)
                    order by u.position
                    on conflict (id) do update set
                    """.formatted(CanonicalFact.UNDATED_SORT_KEY) + onConflictUpdate)) {
                upsert.setObject(1, OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC));
                int p = 2;
                upsert.setArray(p++, array(connection, "text", sorted, a -> a.id));
                upsert.setArray(p++, array(connection, "text", sorted, a -> a.title));
                upsert.setArray(p++, array(connection, "text", sorted, a -> a.url));
                upsert.setArray(p++, array(connection, "text", sorted, a -> a.source));
                upsert.setArray(p++, array(connection, "text", sorted, a -> a.publishedBy));
                upsert.setArray(p++, array(connection, "text", sorted, a -> a.published));
                upsert.setArray(p++, array(connection, "date", sorted, a -> sqlDate(a.publishedStart)));
                upsert.setArray(p++, array(connection, "date", sorted, a -> sqlDate(a.publishedEnd)));
                upsert.setArray(p++, array(connection, "int4", sorted, a -> a.published == null ? null : a.sortKey));
                upsert.setArray(p++, array(connection, "text", sorted, a -> a.textSha256));
                upsert.setArray(p++, array(connection, "int4", sorted, a -> a.textLength));
                upsert.setArray(p++, array(connection, "text", sorted, a -> a.mediaType));
                upsert.setArray(p++, array(connection, "int4", sorted, a -> a.announcedEvents));
                upsert.setArray(p++, array(connection, "int4", sorted, a -> a.announcedAgreements));
                upsert.setArray(p++, array(connection, "int4", sorted, a -> a.announcedTrade));
                upsert.setArray(p, array(connection, "timestamptz", sorted,
                        a -> a.ingestedAt == null ? null : OffsetDateTime.ofInstant(a.ingestedAt, ZoneOffset.UTC)));
                upsert.executeUpdate();
            }
        });
    }

    private static Array array(Connection connection, String type, List<Article> articles,
                               Function<Article, Object> column) throws SQLException {
        return connection.createArrayOf(type, articles.stream().map(column).toArray());
    }

    private static Date sqlDate(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    /** The article, locked for update until the transaction ends. */
    public Optional<Article> lock(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** One page of the articles that pass the filter, latest publication first. */
    public Slice<Article> page(ArticleFilter filter, Keyset after, int limit) {
        NativeListQuery query = new NativeListQuery("article", "a", "seq");
        filter.published().applyTo(query, "a", "sort_key", "published_end");
        if (filter.text() != null) {
            TextSearch.overOwnColumn(getEntityManager(), query, "article", "a", filter.text());
        }
        return query.page(getEntityManager(), Article.class, after, limit);
    }
}
