package org.entente.analytics.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.analytics.testing.AnalyticsApi.eventsIn;
import static org.entente.analytics.testing.AnalyticsApi.trends;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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

/** Catalog changes published on Kafka, through the consumer into the read model, out of the REST API. */
@QuarkusTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "analytics"))
class CatalogChangeConsumerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /**
     * Publishes {@code changes}, then a marker event in June 2020 on the same dyad (so the same partition), and
     * waits for the marker: the changes before it have been consumed then.
     */
    private static void publishAndDrain(CatalogTopic topic, Pair pair, CatalogChange... changes) {
        int markers = eventsIn(pair, "2020-06");
        topic.publish(changes);
        topic.publish(Facts.event(Facts.newId(), 1, pair.a(), pair.b(), "010", 1, 0.0, "2020-06-15"));
        await().atMost(PATIENCE).until(() -> eventsIn(pair, "2020-06") == markers + 1);
    }

    @Test
    void factsPublishedOnTheTopicAreServedByTheApi() {
        Pair pair = TestPairs.next();
        String strike = Facts.newId();
        String talks = Facts.newId();
        try (CatalogTopic topic = new CatalogTopic()) {
            topic.publish(
                    Facts.event(strike, 1, pair.a(), pair.b(), "195", 4, -10.0, "2024-01-16"),
                    Facts.event(Facts.newId(), 1, pair.b(), pair.a(), "195", 4, -10.0, "2024-01-17"),
                    Facts.event(talks, 1, pair.a(), pair.b(), "040", 1, 1.0, "2024-02-03"),
                    Facts.event(Facts.newId(), 1, pair.b(), pair.a(), "042", 1, 1.9, "2024-02"),
                    Facts.event(Facts.newId(), 1, pair.a(), pair.b(), "057", 1, 8.0, "2024"),
                    Facts.event(Facts.newId(), 1, pair.a(), pair.b(), "036", 1, 4.0, null),
                    Facts.trade(Facts.newId(), 1, pair.a(), pair.b(), "export", 2019, 3.0e8, "actual", false, "art-1"),
                    Facts.trade(Facts.newId(), 1, pair.b(), pair.a(), "export", 2019, 1.0e8, "estimate", false, "art-2"),
                    Facts.trade(Facts.newId(), 1, pair.a(), pair.b(), "total", 2020, 5.0e8, "actual", false, "art-3"),
                    Facts.trade(Facts.newId(), 1, pair.a(), pair.b(), "total", 2025, 5.0e9, "target", false, "art-4"));
        }
        await().atMost(PATIENCE).until(() -> eventsIn(pair, "2024-02") == 2);

        JsonPath months = trends(pair, "month", "2024-01", "2024-04");
        assertThat(months.getList("periods.period")).containsExactly("2024-01", "2024-02", "2024-03", "2024-04");
        assertThat(months.getList("periods.counts.events")).containsExactly(2, 2, 0, 0);
        assertThat(months.getInt("periods[0].counts.q4")).isEqualTo(2);
        assertThat(months.getDouble("periods[0].counts.goldsteinSum")).isEqualTo(-20.0);
        assertThat(months.getInt("coarser.events")).isEqualTo(1);
        assertThat(months.getInt("undated.events")).isEqualTo(1);
        assertThat(months.getString("shifts[0].from")).isEqualTo("2024-01");
        assertThat(months.getString("shifts[0].direction")).isEqualTo("improving");
        assertThat(months.getList("shifts[0].events.id", String.class)).contains(strike, talks).hasSize(4);

        await().atMost(PATIENCE).until(() -> AnalyticsApi.tradeBalance(pair).getList("targets").size() == 1);
        JsonPath trade = AnalyticsApi.tradeBalance(pair);
        assertThat(trade.getList("years.year")).containsExactly(2019, 2020);
        assertThat(trade.getDouble("years[0].balance")).isEqualTo(2.0e8);
        assertThat(trade.getString("years[0].totalBasis")).isEqualTo("sum");
        assertThat(trade.getString("years[0].basis.total")).isEqualTo("estimate");
        assertThat(trade.getString("years[1].totalBasis")).isEqualTo("stated");
        assertThat(trade.getDouble("years[1].growth")).isEqualTo(0.25);
        assertThat(trade.getInt("targets[0].latestActual.year")).isEqualTo(2020);

        Map<String, Object> dyad = AnalyticsApi.dyad(pair);
        assertThat(dyad).containsEntry("tradeFigures", 4).containsEntry("undatedEvents", 1);
        assertThat(dyad.get("events")).isEqualTo(Map.of("events", 6, "q1", 4, "q2", 0, "q3", 0, "q4", 2,
                "goldsteinSum", -5.1, "goldsteinMean", -0.85, "cooperationIndex", 0.3333));
    }

    @Test
    void aRedeliveredChangeChangesNothing() {
        Pair pair = TestPairs.next();
        CatalogChange visit = Facts.event(Facts.newId(), 1, pair.a(), pair.b(), "042", 1, 1.9, "2023-05-02");
        try (CatalogTopic topic = new CatalogTopic()) {
            publishAndDrain(topic, pair, visit, visit, visit);
        }
        assertThat(eventsIn(pair, "2023-05")).isEqualTo(1);
        assertThat(AnalyticsApi.text("/q/metrics", Map.of()))
                .containsPattern("entente_analytics_changes_total\\{[^}]*outcome=\"duplicate\"[^}]*} [1-9]");
    }

    @Test
    void anOlderVersionNeverOverwritesANewerOne() {
        Pair pair = TestPairs.next();
        String id = Facts.newId();
        try (CatalogTopic topic = new CatalogTopic()) {
            publishAndDrain(topic, pair,
                    Facts.event(id, 2, pair.a(), pair.b(), "042", 1, 1.9, "2023-03-10"),
                    Facts.event(id, 1, pair.a(), pair.b(), "042", 1, 1.9, "2023-01-10"));
        }
        assertThat(eventsIn(pair, "2023-03")).isEqualTo(1);
        assertThat(eventsIn(pair, "2023-01")).isZero();
    }

    @Test
    void aRetractionRemovesTheEntitysContribution() {
        Pair pair = TestPairs.next();
        CatalogChange event = Facts.event(Facts.newId(), 1, pair.a(), pair.b(), "111", 3, -2.0, "2022-07-01");
        CatalogChange figure = Facts.trade(Facts.newId(), 1, pair.a(), pair.b(), "export", 2022, 1.0e6, "actual",
                false, "art-1");
        try (CatalogTopic topic = new CatalogTopic()) {
            publishAndDrain(topic, pair, event, figure);
            assertThat(eventsIn(pair, "2022-07")).isEqualTo(1);
            assertThat(AnalyticsApi.tradeBalance(pair).getList("years")).hasSize(1);

            topic.publish(Facts.retraction(event, 2), Facts.retraction(figure, 2));
            await().atMost(PATIENCE).until(() -> eventsIn(pair, "2022-07") == 0);
            await().atMost(PATIENCE).until(() -> AnalyticsApi.tradeBalance(pair).getList("years").isEmpty());
            publishAndDrain(topic, pair, Facts.event(event.entityId(), 1, pair.a(), pair.b(), "111", 3, -2.0,
                    "2022-07-01"));
        }
        assertThat(eventsIn(pair, "2022-07")).as("an upsert older than the retraction stays out").isZero();
    }

    @Test
    void aChangedEventMovesItsContributionToItsNewPeriodAndQuadClass() {
        Pair pair = TestPairs.next();
        String id = Facts.newId();
        try (CatalogTopic topic = new CatalogTopic()) {
            publishAndDrain(topic, pair, Facts.event(id, 1, pair.a(), pair.b(), "190", 4, -10.0, "2021-01-20"));
            assertThat(eventsIn(pair, "2021-01")).isEqualTo(1);
            publishAndDrain(topic, pair, Facts.event(id, 2, pair.a(), pair.b(), "040", 1, 1.0, "2021-03-05"));
        }
        JsonPath quarter = trends(pair, "quarter", "2021-Q1", "2021-Q1");
        assertThat(quarter.getInt("periods[0].counts.q1")).isEqualTo(1);
        assertThat(quarter.getInt("periods[0].counts.q4")).isZero();
        assertThat(quarter.getDouble("periods[0].counts.goldsteinSum")).isEqualTo(1.0);
        assertThat(eventsIn(pair, "2021-01")).isZero();
        assertThat(eventsIn(pair, "2021-03")).isEqualTo(1);
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndConsumptionGoesOn() {
        Pair pair = TestPairs.next();
        String notJson = "{this is not json";
        String badQuad = "{\"changeId\":\"" + Facts.newId() + "\",\"op\":\"upsert\",\"kind\":\"event\",\"entityId\":\"x\","
                + "\"version\":1,\"dyad\":\"" + pair.dyad() + "\",\"event\":{\"source\":\"" + pair.a()
                + "\",\"target\":\"" + pair.b() + "\",\"cameo\":\"042\",\"quad\":9,\"goldstein\":1.9},"
                + "\"articles\":[]}";
        try (CatalogTopic topic = new CatalogTopic()) {
            topic.publishRaw(pair.dyad(), notJson);
            topic.publishRaw(pair.dyad(), badQuad);
            publishAndDrain(topic, pair);
            assertThat(topic.deadLetters(pair.dyad(), 2, PATIENCE)).containsExactly(notJson, badQuad);
        }
        assertThat(trends(pair, "year", "2020", "2020").getList("periods.counts.events"))
                .as("the valid change after the poison ones was applied").isEqualTo(List.of(1));
    }

    @Test
    void aChangeThatOnlyTheDatabaseRefusesIsDeadLetteredAndTheRestOfItsBatchApplied() {
        Pair pair = TestPairs.next();
        // valid by the contract, but PostgreSQL text cannot hold a NUL character
        String refused = "{\"changeId\":\"" + Facts.newId() + "\",\"op\":\"upsert\",\"kind\":\"event\","
                + "\"entityId\":\"nul\\u0000" + Facts.newId() + "\",\"version\":1,\"dyad\":\"" + pair.dyad()
                + "\",\"event\":{\"source\":\"" + pair.a() + "\",\"target\":\"" + pair.b()
                + "\",\"cameo\":\"042\",\"quad\":1,\"goldstein\":1.9,\"date\":\"2020-06-02\"},"
                + "\"mentions\":1,\"articles\":[\"a\"]}";
        try (CatalogTopic topic = new CatalogTopic()) {
            topic.publish(Facts.event(Facts.newId(), 1, pair.a(), pair.b(), "042", 1, 1.9, "2020-06-01"));
            topic.publishRaw(pair.dyad(), refused);
            topic.publish(Facts.event(Facts.newId(), 1, pair.a(), pair.b(), "042", 1, 1.9, "2020-06-03"));
            assertThat(topic.deadLetters(pair.dyad(), 1, PATIENCE)).containsExactly(refused);
        }
        await().atMost(PATIENCE).until(() -> eventsIn(pair, "2020-06") >= 2);
        assertThat(eventsIn(pair, "2020-06")).as("the changes around the refused one, not it").isEqualTo(2);
    }
}
