package org.entente.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.catalog.model.Article;
import org.hibernate.Session;

/** Articles. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, String> {

    /**
     * The articles, created with only their ids where they did not exist, locked for update (in id order) until the
     * transaction ends; one insert and one locking query. Safe when several transactions create the same articles
     * at once.
     */
    public Map<String, Article> lockOrCreateAll(Collection<String> ids, Instant receivedAt) {
        List<String> sorted = ids.stream().distinct().sorted().toList();
        while (true) {
            getEntityManager().unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("insert into article (id, received_at)"
                        + " select id, ? from unnest(?::text[]) as id on conflict (id) do nothing")) {
                    insert.setObject(1, OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC));
                    insert.setArray(2, connection.createArrayOf("text", sorted.toArray()));
                    insert.executeUpdate();
                }
            });
            Map<String, Article> locked = find("id in ?1 order by id", sorted)
                    .withLock(LockModeType.PESSIMISTIC_WRITE).list().stream()
                    .collect(Collectors.toMap(a -> a.id, Function.identity()));
            if (locked.size() == sorted.size()) {
                return locked;
            }
            // some were deleted by a concurrent transaction between the insert and the lock: create them again
        }
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
