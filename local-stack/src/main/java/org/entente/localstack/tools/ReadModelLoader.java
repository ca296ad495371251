package org.entente.localstack.tools;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills analytics-service's read model (its Flyway schema must be in place) with {@link SyntheticFacts}, in the shape
 * its consumer would leave after applying one upsert (version 1) per fact.
 *
 * <p>Why not through the service's own code path: the consumer applies one change per transaction, about a
 * millisecond each, so a million events would take far longer than the benchmark itself, and local-stack cannot
 * call analytics-service's classes (that module depends on this one). Instead the fact rows ({@code event_fact},
 * {@code trade_figure}) are streamed in with {@code COPY}, and everything the consumer derives from them is then
 * derived in SQL from those very rows, in the same transaction, so it cannot disagree with them:
 * <ul>
 *   <li>{@code event_period_stats}: per dyad, grain and period, with the service's bucketing rule (an event counts in
 *       the period holding it; one dated only to the year counts in its year under the year grain and apart,
 *       {@code precise = false}, in its year's first period under the quarter and month grains);</li>
 *   <li>{@code event_undated_stats}: per dyad, the undated events;</li>
 *   <li>{@code entity_state} (version 1, not retracted) and {@code processed_change} for every fact.</li>
 * </ul>
 * {@link #verify} then checks that every grain's buckets add up to the dated events.
 */
public final class ReadModelLoader {

    /** The bucketing of {@code EventContribution.buckets()} in SQL. */
    private static final String PERIOD_STATS = """
            insert into event_period_stats (dyad, grain, period_start, precise, q1, q2, q3, q4, goldstein_sum)
            select dyad, grain, period_start, precise,
                   count(*) filter (where quad = 1), count(*) filter (where quad = 2),
                   count(*) filter (where quad = 3), count(*) filter (where quad = 4), sum(goldstein)
            from (select e.dyad, g.grain, e.quad, e.goldstein,
                         g.grain = 'year' or e.date_precision <> 'year' as precise,
                         case when g.grain = 'year' or e.date_precision <> 'year'
                              then date_trunc(g.grain, e.event_date)::date
                              else date_trunc('year', e.event_date)::date end as period_start
                  from event_fact e cross join (values ('year'), ('quarter'), ('month')) as g(grain)
                  where e.event_date is not null) as placed
            group by dyad, grain, period_start, precise""";
    private static final String UNDATED_STATS = """
            insert into event_undated_stats (dyad, q1, q2, q3, q4, goldstein_sum)
            select dyad, count(*) filter (where quad = 1), count(*) filter (where quad = 2),
                   count(*) filter (where quad = 3), count(*) filter (where quad = 4), sum(goldstein)
            from event_fact where event_date is null group by dyad""";
    private static final String ENTITY_STATE = """
            insert into entity_state (kind, entity_id, dyad, version, retracted, updated_at)
            select 'event', entity_id, dyad, 1, false, now() from event_fact
            union all
            select 'trade', entity_id, dyad, 1, false, now() from trade_figure""";
    private static final String PROCESSED = """
            insert into processed_change (change_id, processed_at)
            select 'bench-' || kind || '-' || entity_id || '-v' || version, updated_at from entity_state""";
    private static final String[] TABLES = {"processed_change", "entity_state", "event_fact", "trade_figure",
            "event_period_stats", "event_undated_stats"};

    /** What was loaded and how long it took. */
    public record Loaded(long events, long tradeClaims, long periodRows, long undatedRows, long millis) {
    }

    private final String jdbcUrl;
    private final String user;
    private final String password;

    /** A loader into the database at {@code jdbcUrl}. */
    public ReadModelLoader(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /**
     * Loads {@code events} events and the trade claims of {@code facts} in one transaction, then analyses the tables.
     *
     * @throws IllegalStateException when the read model is not empty
     */
    public Loaded load(SyntheticFacts facts, long events) throws SQLException, IOException {
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            connection.setAutoCommit(false);
            requireEmpty(connection);
            try (Statement statement = connection.createStatement()) {
                // the aggregates group three rows per event: in memory rather than spilled to disk
                statement.execute("set local work_mem = '256MB'");
            }
            copy(connection, "event_fact (entity_id, dyad, source, target, cameo, quad, goldstein, event_date, "
                    + "date_precision, mentions, articles)", out -> facts.events(events, event -> write(out,
                    new CopyText().column(event.id()).column(event.pair().dyad()).column(event.source())
                            .column(event.target()).column(event.cameo()).column(event.quad())
                            .column(event.goldstein()).column(event.eventDate()).column(event.precision())
                            .column(event.mentions()).array(event.articles()).line())));
            copy(connection, "trade_figure (entity_id, dyad, exporter, importer, flow, year, value_usd, basis, "
                    + "product, mentions, articles, conflict)", out -> facts.tradeClaims(claim -> write(out,
                    new CopyText().column(claim.id()).column(claim.pair().dyad()).column(claim.exporter())
                            .column(claim.importer()).column(claim.flow()).column(claim.year())
                            .column(claim.valueUsd()).column(claim.basis()).column(claim.product())
                            .column(claim.mentions()).array(claim.articles()).column(claim.conflict()).line())));
            long periodRows;
            long undatedRows;
            long tradeClaims;
            try (Statement statement = connection.createStatement()) {
                periodRows = statement.executeUpdate(PERIOD_STATS);
                undatedRows = statement.executeUpdate(UNDATED_STATS);
                statement.executeUpdate(ENTITY_STATE);
                statement.executeUpdate(PROCESSED);
                tradeClaims = count(statement, "select count(*) from trade_figure");
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("vacuum analyze " + String.join(", ", TABLES));
            }
            return new Loaded(events, tradeClaims, periodRows, undatedRows, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /**
     * Checks the invariants the service keeps: under each grain the buckets hold every dated event once, the undated
     * buckets the rest, and every fact has its entity state.
     *
     * @throws IllegalStateException naming the first broken invariant
     */
    public void verify() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement()) {
            long dated = count(statement, "select count(*) from event_fact where event_date is not null");
            long undated = count(statement, "select count(*) from event_fact where event_date is null");
            for (String grain : new String[] {"year", "quarter", "month"}) {
                long inBuckets = count(statement, "select coalesce(sum(q1 + q2 + q3 + q4), 0) from event_period_stats"
                        + " where grain = '" + grain + "'");
                require(inBuckets == dated, grain + " buckets hold " + inBuckets + " events, not " + dated);
            }
            long inUndated = count(statement, "select coalesce(sum(q1 + q2 + q3 + q4), 0) from event_undated_stats");
            require(inUndated == undated, "undated buckets hold " + inUndated + " events, not " + undated);
            long goldsteinGap = count(statement, """
                    select count(*) from (
                        select dyad, sum(goldstein) as total from event_fact where event_date is not null group by dyad
                    ) f join (
                        select dyad, sum(goldstein_sum) as total from event_period_stats where grain = 'month'
                        group by dyad
                    ) s using (dyad) where f.total <> s.total""");
            require(goldsteinGap == 0, goldsteinGap + " dyads' Goldstein sums differ from their events'");
            long states = count(statement, "select count(*) from entity_state");
            long facts = dated + undated + count(statement, "select count(*) from trade_figure");
            require(states == facts, states + " entity states for " + facts + " facts");
        }
    }

    private static void requireEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            require(count(statement, "select count(*) from entity_state") == 0,
                    "the analytics read model is not empty");
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(problem);
        }
    }

    /** Streams the rows {@code rows} writes into {@code COPY <target> FROM STDIN}. */
    private static void copy(Connection connection, String target, RowSource rows) throws SQLException, IOException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                new PGCopyOutputStream(pg, "copy " + target + " from stdin", 1 << 16), StandardCharsets.UTF_8),
                1 << 16)) {
            rows.writeTo(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void write(Writer out, String line) {
        try {
            out.write(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes rows in COPY text format. */
    @FunctionalInterface
    private interface RowSource {
        void writeTo(Writer out) throws IOException;
    }
}
