package org.entente.analytics.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.analytics.service.change.ChangeValidator;
import org.entente.analytics.service.change.EntityKey;
import org.entente.analytics.service.period.DatePrecision;
import org.entente.analytics.service.period.PartialDate;
import org.entente.analytics.service.stats.EventContribution;
import org.entente.contract.CatalogChange;
import org.entente.contract.EventFact;
import org.entente.contract.TradeFact;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * The rows a batch of catalog changes reads and writes ({@code processed_change}, {@code entity_state},
 * {@code event_fact}, {@code trade_figure}), a whole batch per statement: each read is one query over all the
 * batch's keys, each write one JDBC batch.
 */
@ApplicationScoped
public class ChangeRows {

    private static final String PROCESSED = "select change_id from processed_change where change_id = any(?)";
    /**
     * One primary-key lookup per key: written as a join, PostgreSQL planned a few hundred keys as a hash join over
     * the whole table (a sequential scan of every entity per batch, 6-12 ms); the lateral subquery with its limit
     * cannot be flattened into such a join.
     */
    private static final String VERSIONS = """
            select k.kind, k.entity_id, s.version
            from unnest(?::text[], ?::text[]) as k(kind, entity_id)
            cross join lateral (select version from entity_state
                                where kind = k.kind and entity_id = k.entity_id limit 1) s""";
    private static final String EVENT_CONTRIBUTIONS = """
            select entity_id, dyad, event_date, date_precision, quad, goldstein from event_fact
            where entity_id = any(?)""";
    private static final String RECORD_PROCESSED = """
            insert into processed_change (change_id, processed_at) select id, ? from unnest(?::text[]) as id""";
    private static final String SAVE_STATE = """
            insert into entity_state (kind, entity_id, dyad, version, retracted, updated_at)
            values (?, ?, ?, ?, ?, ?)
            on conflict (kind, entity_id) do update set dyad = excluded.dyad, version = excluded.version,
                retracted = excluded.retracted, updated_at = excluded.updated_at""";
    private static final String SAVE_EVENT = """
            insert into event_fact (entity_id, dyad, source, target, cameo, quad, goldstein, event_date,
                                    date_precision, mentions, articles)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (entity_id) do update set dyad = excluded.dyad, source = excluded.source,
                target = excluded.target, cameo = excluded.cameo, quad = excluded.quad,
                goldstein = excluded.goldstein, event_date = excluded.event_date,
                date_precision = excluded.date_precision, mentions = excluded.mentions,
                articles = excluded.articles""";
    private static final String DELETE_EVENTS = "delete from event_fact where entity_id = any(?)";
    private static final String SAVE_TRADE = """
            insert into trade_figure (entity_id, dyad, exporter, importer, flow, year, value_usd, basis, product,
                                      mentions, articles, conflict)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (entity_id) do update set dyad = excluded.dyad, exporter = excluded.exporter,
                importer = excluded.importer, flow = excluded.flow, year = excluded.year,
                value_usd = excluded.value_usd, basis = excluded.basis, product = excluded.product,
                mentions = excluded.mentions, articles = excluded.articles, conflict = excluded.conflict""";
    private static final String DELETE_TRADES = "delete from trade_figure where entity_id = any(?)";

    private final EntityManager entityManager;

    public ChangeRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The Goldstein weight as the read model stores it (two decimals). */
    public static BigDecimal storedGoldstein(double goldstein) {
        return BigDecimal.valueOf(goldstein).setScale(2, RoundingMode.HALF_UP);
    }

    /** Which of {@code changeIds} were processed before. */
    public Set<String> processedAmong(Collection<String> changeIds) {
        return work(connection -> {
            Set<String> processed = new HashSet<>();
            try (PreparedStatement query = connection.prepareStatement(PROCESSED)) {
                query.setArray(1, connection.createArrayOf("text", changeIds.toArray()));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        processed.add(rows.getString(1));
                    }
                }
            }
            return processed;
        });
    }

    /** The stored version of each of {@code entities} that has one. */
    public Map<EntityKey, Long> versionsOf(Collection<EntityKey> entities) {
        return work(connection -> {
            Map<EntityKey, Long> versions = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(VERSIONS)) {
                query.setArray(1, connection.createArrayOf("text", entities.stream().map(EntityKey::kind).toArray()));
                query.setArray(2, connection.createArrayOf("text",
                        entities.stream().map(EntityKey::entityId).toArray()));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        versions.put(new EntityKey(rows.getString(1), rows.getString(2)), rows.getLong(3));
                    }
                }
            }
            return versions;
        });
    }

    /** What each stored event among {@code entityIds} contributes to the aggregates now. */
    public Map<String, EventContribution> eventContributions(Collection<String> entityIds) {
        if (entityIds.isEmpty()) {
            return Map.of();
        }
        return work(connection -> {
            Map<String, EventContribution> contributions = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(EVENT_CONTRIBUTIONS)) {
                query.setArray(1, connection.createArrayOf("text", entityIds.toArray()));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Date date = rows.getDate("event_date");
                        PartialDate partial = date == null ? null : new PartialDate(date.toLocalDate(),
                                DatePrecision.fromWireName(rows.getString("date_precision")).orElseThrow());
                        contributions.put(rows.getString("entity_id"), new EventContribution(rows.getString("dyad"),
                                partial, rows.getShort("quad"), rows.getBigDecimal("goldstein")));
                    }
                }
            }
            return contributions;
        });
    }

    /**
     * Writes what {@code applied} (each entity's last applied change) make of the entities' rows and states, and
     * records {@code newChangeIds} as processed.
     */
    public void write(Collection<CatalogChange> applied, List<String> newChangeIds, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (JdbcBatch states = new JdbcBatch(connection, SAVE_STATE);
                 JdbcBatch events = new JdbcBatch(connection, SAVE_EVENT);
                 JdbcBatch trades = new JdbcBatch(connection, SAVE_TRADE)) {
                for (CatalogChange change : applied) {
                    boolean retracted = ChangeValidator.OP_RETRACT.equals(change.op());
                    states.add(change.kind(), change.entityId(), change.dyad(), change.version(), retracted, at);
                    if (retracted) {
                        continue;
                    }
                    if (ChangeValidator.KIND_EVENT.equals(change.kind())) {
                        addEvent(connection, events, change);
                    } else if (ChangeValidator.KIND_TRADE.equals(change.kind())) {
                        addTrade(connection, trades, change);
                    }
                }
            }
            deleteRetracted(connection, DELETE_EVENTS, applied, ChangeValidator.KIND_EVENT);
            deleteRetracted(connection, DELETE_TRADES, applied, ChangeValidator.KIND_TRADE);
            if (!newChangeIds.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(RECORD_PROCESSED)) {
                    insert.setObject(1, at);
                    insert.setArray(2, connection.createArrayOf("text", newChangeIds.toArray()));
                    insert.executeUpdate();
                }
            }
        });
    }

    private static void addEvent(Connection connection, JdbcBatch events, CatalogChange change) throws SQLException {
        EventFact fact = change.event();
        PartialDate date = fact.date() == null ? null : PartialDate.parse(fact.date(), fact.datePrecision());
        events.add(change.entityId(), change.dyad(), fact.source(), fact.target(), fact.cameo(), (short) fact.quad(),
                storedGoldstein(fact.goldstein()), date == null ? null : Date.valueOf(date.start()),
                date == null ? null : date.precision().wireName(), change.mentions(),
                connection.createArrayOf("text", change.articles().toArray()));
    }

    private static void addTrade(Connection connection, JdbcBatch trades, CatalogChange change) throws SQLException {
        TradeFact fact = change.trade();
        trades.add(change.entityId(), change.dyad(), fact.exporter(), fact.importer(), fact.flow(), fact.year(),
                fact.valueUsd(), fact.basis(), fact.product(), change.mentions(),
                connection.createArrayOf("text", change.articles().toArray()), change.conflict());
    }

    private static void deleteRetracted(Connection connection, String sql, Collection<CatalogChange> applied,
                                        String kind) throws SQLException {
        Object[] ids = applied.stream()
                .filter(change -> kind.equals(change.kind()) && ChangeValidator.OP_RETRACT.equals(change.op()))
                .map(CatalogChange::entityId)
                .toArray();
        if (ids.length > 0) {
            try (PreparedStatement delete = connection.prepareStatement(sql)) {
                delete.setArray(1, connection.createArrayOf("text", ids));
                delete.executeUpdate();
            }
        }
    }

    private <T> T work(ReturningWork<T> work) {
        return entityManager.unwrap(Session.class).doReturningWork(work);
    }
}
