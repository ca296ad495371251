package org.entente.catalog.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.entente.catalog.model.AgreementMention;
import org.entente.catalog.model.Article;
import org.entente.catalog.model.EventMention;
import org.entente.catalog.model.Mention;
import org.entente.catalog.model.TradeMention;

/**
 * Reads one article and the statements it makes, for {@code GET /api/articles/{id}}: four indexed queries on one
 * pooled connection, read straight into detached objects. The request is a hot read (clients poll it to see an
 * article's facts arrive), and going through the persistence context, which takes a connection per query outside
 * a transaction and tracks every loaded entity, cost several times what the queries do.
 */
@ApplicationScoped
public class ArticleStatements {

    private static final String MENTION_COLUMNS = "article_id, fact_id, merge_key, dyad, quote, sentence,"
            + " sentence_start, sentence_end, sentence_index, confidence, reported_at";
    private static final String ORDER = " where article_id = ? order by sentence_index, fact_id";

    private final DataSource dataSource;

    ArticleStatements(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The article and its event, agreement and trade statements, each list in sentence order. */
    public record Found(Article article, List<EventMention> events, List<AgreementMention> agreements,
                        List<TradeMention> trade) {
    }

    /** The article with its statements, or empty when the catalog does not know it. */
    public Optional<Found> find(String articleId) {
        try (Connection db = dataSource.getConnection()) {
            Article article = article(db, articleId);
            if (article == null) {
                return Optional.empty();
            }
            return Optional.of(new Found(article, events(db, articleId), agreements(db, articleId),
                    trade(db, articleId)));
        } catch (SQLException e) {
            throw new IllegalStateException("reading article " + articleId + " failed", e);
        }
    }

    private static Article article(Connection db, String id) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select id, seq, sort_key, title, url, source, published,"
                + " published_by, published_start, published_end, text_sha256, text_length, media_type,"
                + " announced_events, announced_agreements, announced_trade, ingested_at, received_at"
                + " from article where id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                Article a = new Article();
                a.id = row.getString("id");
                a.seq = row.getLong("seq");
                a.sortKey = row.getInt("sort_key");
                a.title = row.getString("title");
                a.url = row.getString("url");
                a.source = row.getString("source");
                a.published = row.getString("published");
                a.publishedBy = row.getString("published_by");
                a.publishedStart = row.getObject("published_start", java.time.LocalDate.class);
                a.publishedEnd = row.getObject("published_end", java.time.LocalDate.class);
                a.textSha256 = row.getString("text_sha256");
                a.textLength = row.getObject("text_length", Integer.class);
                a.mediaType = row.getString("media_type");
                a.announcedEvents = row.getObject("announced_events", Integer.class);
                a.announcedAgreements = row.getObject("announced_agreements", Integer.class);
                a.announcedTrade = row.getObject("announced_trade", Integer.class);
                a.ingestedAt = instant(row, "ingested_at");
                a.receivedAt = instant(row, "received_at");
                return a;
            }
        }
    }

    private static List<EventMention> events(Connection db, String articleId) throws SQLException {
        return mentions(db, articleId, "event_mention", "id, event_id, source, target, cameo, quad, goldstein, date,"
                + " date_precision", EventMention::new, (m, row) -> {
                    m.eventId = row.getObject("event_id", Long.class);
                    m.source = row.getString("source");
                    m.target = row.getString("target");
                    m.cameo = row.getString("cameo");
                    m.quad = row.getInt("quad");
                    m.goldstein = row.getDouble("goldstein");
                    m.date = row.getString("date");
                    m.datePrecision = row.getString("date_precision");
                });
    }

    private static List<AgreementMention> agreements(Connection db, String articleId) throws SQLException {
        return mentions(db, articleId, "agreement_mention", "id, agreement_id, parties, title, type, domain, status,"
                + " date, date_precision", AgreementMention::new, (m, row) -> {
                    m.agreementId = row.getObject("agreement_id", Long.class);
                    m.parties = texts(row.getArray("parties"));
                    m.title = row.getString("title");
                    m.type = row.getString("type");
                    m.domain = row.getString("domain");
                    m.status = row.getString("status");
                    m.date = row.getString("date");
                    m.datePrecision = row.getString("date_precision");
                });
    }

    private static List<TradeMention> trade(Connection db, String articleId) throws SQLException {
        return mentions(db, articleId, "trade_mention", "id, trade_figure_id, value_key, exporter, importer, flow,"
                + " year, value_usd, amount, currency, basis, product", TradeMention::new, (m, row) -> {
                    m.tradeFigureId = row.getObject("trade_figure_id", Long.class);
                    m.valueKey = row.getString("value_key");
                    m.exporter = row.getString("exporter");
                    m.importer = row.getString("importer");
                    m.flow = row.getString("flow");
                    m.year = row.getObject("year", Integer.class);
                    m.valueUsd = row.getObject("value_usd", Double.class);
                    m.amount = row.getObject("amount", Double.class);
                    m.currency = row.getString("currency");
                    m.basis = row.getString("basis");
                    m.product = row.getString("product");
                });
    }

    /** Reads the columns of one kind of mention into a mention already filled with the columns all kinds share. */
    @FunctionalInterface
    private interface KindColumns<M extends Mention> {
        void read(M mention, ResultSet row) throws SQLException;
    }

    /** The article's mentions in {@code table}, in sentence order: the shared columns, then the kind's own. */
    private static <M extends Mention> List<M> mentions(Connection db, String articleId, String table,
                                                        String kindColumns, Supplier<M> create,
                                                        KindColumns<M> kind) throws SQLException {
        List<M> mentions = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("select " + kindColumns + ", " + MENTION_COLUMNS
                + " from " + table + ORDER)) {
            query.setString(1, articleId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    M mention = create.get();
                    fill(mention, row);
                    kind.read(mention, row);
                    mentions.add(mention);
                }
            }
        }
        return mentions;
    }

    private static void fill(Mention m, ResultSet row) throws SQLException {
        m.id = row.getLong("id");
        m.articleId = row.getString("article_id");
        m.factId = row.getString("fact_id");
        m.mergeKey = row.getString("merge_key");
        m.dyad = row.getString("dyad");
        m.quote = row.getString("quote");
        m.sentence = row.getString("sentence");
        m.sentenceStart = row.getInt("sentence_start");
        m.sentenceEnd = row.getInt("sentence_end");
        m.sentenceIndex = row.getInt("sentence_index");
        m.confidence = row.getDouble("confidence");
        m.reportedAt = instant(row, "reported_at");
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? null : List.of((String[]) array.getArray());
    }
}
