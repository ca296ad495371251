package org.entente.analytics.service.rebuild;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.analytics.testing.AnalyticsApi.eventsIn;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.entente.analytics.testing.AnalyticsApi;
import org.entente.analytics.testing.CatalogTopic;
import org.entente.analytics.testing.Facts;
import org.entente.analytics.testing.TestPairs;
import org.entente.analytics.testing.TestPairs.Pair;
import org.entente.contract.CatalogChange;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.Test;

/** The read model rebuilt by replaying the topic gives the same answers as the one built live. */
@QuarkusTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "analytics"))
class RebuildTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private record Answers(String months, String years, String trade, Map<String, Object> dyad) {

        static Answers of(Pair pair) {
            Map<String, String> months = Map.of("a", pair.a(), "b", pair.b(), "period", "month");
            Map<String, String> years = Map.of("a", pair.a(), "b", pair.b(), "period", "year", "window", "2");
            return new Answers(AnalyticsApi.text("/api/analytics/trends", months),
                    AnalyticsApi.text("/api/analytics/trends", years),
                    AnalyticsApi.text("/api/analytics/trade-balance", Map.of("a", pair.a(), "b", pair.b())),
                    AnalyticsApi.dyad(pair));
        }
    }

    @Test
    void aRebuiltReadModelGivesTheSameAnswers() throws SQLException {
        Pair pair = TestPairs.next();
        String moved = Facts.newId();
        CatalogChange retracted = Facts.event(Facts.newId(), 1, pair.a(), pair.b(), "173", 4, -5.0, "2023-04-02");
        try (CatalogTopic topic = new CatalogTopic()) {
            topic.publish(
                    Facts.event(moved, 1, pair.a(), pair.b(), "190", 4, -10.0, "2023-01-20"),
                    Facts.event(Facts.newId(), 1, pair.b(), pair.a(), "042", 1, 1.9, "2023-02-11"),
                    Facts.event(Facts.newId(), 1, pair.a(), pair.b(), "057", 1, 8.0, "2023"),
                    Facts.event(Facts.newId(), 1, pair.a(), pair.b(), "036", 1, 4.0, null),
                    retracted,
                    Facts.retraction(retracted, 2),
                    Facts.event(moved, 2, pair.a(), pair.b(), "040", 1, 1.0, "2023-03-05"),
                    Facts.trade(Facts.newId(), 1, pair.a(), pair.b(), "export", 2022, 2.0e8, "actual", true, "art-1"),
                    Facts.trade(Facts.newId(), 1, pair.a(), pair.b(), "export", 2022, 2.5e8, "actual", true, "art-2"),
                    Facts.trade(Facts.newId(), 1, pair.b(), pair.a(), "export", 2023, 4.0e7, "estimate", false,
                            "art-3"),
                    Facts.event(Facts.newId(), 1, pair.a(), pair.b(), "010", 1, 0.0, "2023-12-31"));
        }
        await().atMost(PATIENCE).until(() -> eventsIn(pair, "2023-12") == 1);
        Answers live = Answers.of(pair);
        assertThat(live.months()).contains("\"period\":\"2023-03\"", "\"start\":\"2023-03-01\"");
        assertThat(live.trade()).as("the two disagreeing 2022 claims").contains("\"series\":\"aToB\"", "art-2");

        damage(pair);
        assertThat(Answers.of(pair)).as("the damage shows").isNotEqualTo(live);

        Response accepted = given().header("X-Api-Key", "dev-key").post("/api/analytics/rebuild");
        assertThat(accepted.statusCode()).isEqualTo(202);
        String location = accepted.header("Location");
        assertThat(location).contains("/api/analytics/rebuild/" + accepted.jsonPath().getString("id"));
        assertThat(accepted.jsonPath().getString("state")).isEqualTo("running");
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .until(() -> !"running".equals(given().get(location).jsonPath().getString("state")));
        Response finished = given().get(location);
        assertThat(finished.jsonPath().getString("state")).isEqualTo("completed");
        assertThat(finished.jsonPath().getLong("changesRead")).isGreaterThanOrEqualTo(11);

        assertThat(Answers.of(pair)).isEqualTo(live);
    }

    /** Deletes the pair's rows behind the answers' backs, so that only a real rebuild can restore them. */
    private static void damage(Pair pair) throws SQLException {
        try (Connection connection = DriverManager.getConnection(LocalInfraTestResource.jdbcUrl("analytics"),
                LocalInfraTestResource.jdbcUsername(), LocalInfraTestResource.jdbcPassword())) {
            for (String table : List.of("event_period_stats", "event_undated_stats", "trade_figure")) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "delete from " + table + " where dyad = ?")) {
                    delete.setString(1, pair.dyad());
                    delete.executeUpdate();
                }
            }
        }
    }
}
