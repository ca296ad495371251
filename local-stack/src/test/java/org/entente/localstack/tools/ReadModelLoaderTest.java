package org.entente.localstack.tools;

import org.entente.localstack.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loads into analytics-service's real schema (its Flyway migrations, applied in order) on embedded PostgreSQL. */
class ReadModelLoaderTest {

    private static final Path MIGRATIONS = Path.of("../analytics-service/src/main/resources/db/migration");
    private static final long EVENTS = 6_000;

    private static EmbeddedPostgres postgres;
    private static SyntheticFacts facts;
    private static ReadModelLoader.Loaded loaded;

    @BeforeAll
    static void loadIntoTheServiceSchema() throws Exception {
        postgres = EmbeddedPostgres.startTemporary(0);
        postgres.createDatabase("analytics");
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (Path migration : migrations()) {
                statement.execute(Files.readString(migration));
            }
        }
        facts = new SyntheticFacts(9, 12, 6);
        loaded = loader().load(facts, EVENTS);
    }

    @AfterAll
    static void stopServer() throws Exception {
        postgres.close();
    }

    @Test
    void loadsEveryGeneratedFact() throws Exception {
        List<SyntheticFacts.TradeClaim> claims = new ArrayList<>();
        facts.tradeClaims(claims::add);

        assertThat(count("select count(*) from event_fact")).isEqualTo(EVENTS);
        assertThat(count("select count(*) from trade_figure")).isEqualTo(claims.size());
        assertThat(loaded.tradeClaims()).isEqualTo(claims.size());
        assertThat(count("select count(*) from entity_state where version = 1 and not retracted"))
                .isEqualTo(EVENTS + claims.size());
        assertThat(count("select count(*) from processed_change")).isEqualTo(EVENTS + claims.size());
        assertThat(count("select count(*) from trade_figure where year is null")).isEqualTo(12);
    }

    @Test
    void aggregatesAreWhatTheConsumerWouldHaveAddedUpEventByEvent() throws Exception {
        Map<String, long[]> expected = new HashMap<>();
        Map<String, BigDecimal> expectedGoldstein = new HashMap<>();
        facts.events(EVENTS, event -> {
            for (String key : buckets(event)) {
                expected.computeIfAbsent(key, k -> new long[4])[event.quad() - 1]++;
                expectedGoldstein.merge(key, BigDecimal.valueOf(event.goldstein()), BigDecimal::add);
            }
        });

        Map<String, long[]> actual = new HashMap<>();
        Map<String, BigDecimal> actualGoldstein = new HashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select dyad, grain, period_start, precise, q1, q2, q3, q4, goldstein_sum from event_period_stats
                     union all
                     select dyad, null, null, false, q1, q2, q3, q4, goldstein_sum from event_undated_stats""")) {
            while (rows.next()) {
                String key = rows.getString(1) + "/" + rows.getString(2) + "/" + rows.getString(3) + "/"
                        + rows.getBoolean(4);
                actual.put(key, new long[] {rows.getLong(5), rows.getLong(6), rows.getLong(7), rows.getLong(8)});
                actualGoldstein.put(key, rows.getBigDecimal(9));
            }
        }

        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((key, counts) -> {
            assertThat(actual.get(key)).as(key).containsExactly(counts);
            assertThat(actualGoldstein.get(key)).as(key).isEqualByComparingTo(expectedGoldstein.get(key));
        });
        assertThat(loaded.periodRows() + loaded.undatedRows()).isEqualTo(expected.size());
    }

    @Test
    void verifyPassesOnALoadedModelAndFailsWhenABucketDisagreesWithTheEvents() throws Exception {
        loader().verify();

        String oneQuarter = "(select ctid from event_period_stats where grain = 'quarter'"
                + " order by dyad, period_start, precise limit 1)";
        execute("update event_period_stats set q1 = q1 + 1 where ctid = " + oneQuarter);
        try {
            assertThatThrownBy(() -> loader().verify()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("quarter buckets hold " + (count("select count(*) from event_fact"
                            + " where event_date is not null") + 1));
        } finally {
            execute("update event_period_stats set q1 = q1 - 1 where ctid = " + oneQuarter);
        }
        loader().verify();
    }

    @Test
    void refusesToLoadIntoAReadModelThatHoldsData() {
        assertThatThrownBy(() -> loader().load(facts, 10)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not empty");
    }

    /** The buckets of {@code EventContribution.buckets()}, written independently of the loader's SQL. */
    private static List<String> buckets(SyntheticFacts.Event event) {
        String dyad = event.pair().dyad();
        LocalDate date = event.eventDate();
        if (date == null) {
            return List.of(dyad + "/null/null/false");
        }
        boolean monthKnown = !event.precision().equals("year");
        LocalDate year = date.withDayOfYear(1);
        LocalDate quarter = LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
        LocalDate month = date.withDayOfMonth(1);
        return List.of(dyad + "/year/" + year + "/true",
                dyad + "/quarter/" + (monthKnown ? quarter : year) + "/" + monthKnown,
                dyad + "/month/" + (monthKnown ? month : year) + "/" + monthKnown);
    }

    private static List<Path> migrations() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(file -> Integer.parseInt(
                            file.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))))
                    .toList();
        }
    }

    private static ReadModelLoader loader() {
        return new ReadModelLoader(postgres.jdbcUrl("analytics"), EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD);
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(postgres.jdbcUrl("analytics"), EmbeddedPostgres.USER,
                EmbeddedPostgres.PASSWORD);
    }

    private static void execute(String sql) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
