package org.entente.catalog.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.catalog.support.Countries;
import org.entente.catalog.support.Facts;
import org.entente.catalog.support.KafkaProbe;
import org.entente.contract.CatalogChange;
import org.entente.contract.ExtractedFact;
import org.entente.contract.Topics;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "catalog"))
class FactsConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static KafkaProbe kafka;

    @BeforeAll
    static void connect() {
        kafka = new KafkaProbe();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    private static JsonPath events(String country) {
        return given().queryParam("country", country).when().get("/api/events").then().statusCode(200)
                .extract().jsonPath();
    }

    private static void awaitEvents(String country, int count) {
        await().atMost(WAIT).until(() -> events(country).getList("items").size() == count);
    }

    @Test
    void anExtractedFactIsStoredAndPublishedOnCatalogFacts() throws SQLException {
        String pak = Countries.fresh();
        String irq = Countries.fresh();
        String article = Facts.article();
        ExtractedFact visit = Facts.event(article, "f1", pak, irq, "042", "2021-03-14");

        kafka.send(Topics.FACTS_EXTRACTED, visit.dyad(), visit);

        awaitEvents(pak, 1);
        assertThat(mentionRowsOf(article)).isEqualTo(1);
        List<ConsumerRecord<String, String>> published =
                kafka.await(Topics.CATALOG_FACTS, r -> visit.dyad().equals(r.key()), 1, WAIT);
        assertThat(published).hasSize(1);
        ConsumerRecord<String, String> record = published.get(0);
        CatalogChange change = KafkaProbe.read(record.value(), CatalogChange.class);
        assertThat(change.op()).isEqualTo("upsert");
        assertThat(change.kind()).isEqualTo("event");
        assertThat(change.version()).isEqualTo(1);
        assertThat(change.event().source()).isEqualTo(pak);
        assertThat(change.event().cameo()).isEqualTo("042");
        assertThat(change.event().date()).isEqualTo("2021-03-14");
        assertThat(change.mentions()).isEqualTo(1);
        assertThat(change.articles()).containsExactly(article);
        assertThat(change.entityId()).isEqualTo(events(pak).getString("items[0].id"));
        assertThat(KafkaProbe.header(record, "ce_id")).isEqualTo(change.changeId());
        assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo(Topics.TYPE_CATALOG_CHANGE);
        assertThat(KafkaProbe.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaProbe.header(record, "ce_source")).isEqualTo("/entente/catalog-service");
        assertThat(KafkaProbe.header(record, "ce_subject")).isEqualTo("event/" + change.entityId());
        assertThat(KafkaProbe.header(record, "ce_time")).isNotBlank();
    }

    @Test
    void aRedeliveredMessageChangesNothing() {
        String a = Countries.fresh();
        String b = Countries.fresh();
        String article = Facts.article();
        ExtractedFact visit = Facts.event(article, "f1", a, b, "042", "2022-05");
        String messageId = kafka.send(Topics.FACTS_EXTRACTED, visit.dyad(), visit);
        awaitEvents(a, 1);

        kafka.sendRaw(Topics.FACTS_EXTRACTED, visit.dyad(), json(visit), messageId);
        kafka.send(Topics.FACTS_EXTRACTED, visit.dyad(), visit);
        ExtractedFact marker = Facts.event(article, "f2", a, b, "190", "2022-06");
        kafka.send(Topics.FACTS_EXTRACTED, marker.dyad(), marker);
        awaitEvents(a, 2);

        JsonPath visitEvent = given().queryParam("country", a).queryParam("cameo", "04").get("/api/events")
                .then().statusCode(200).extract().jsonPath();
        assertThat(visitEvent.getInt("items[0].mentionCount")).isEqualTo(1);
        assertThat(visitEvent.getLong("items[0].version")).isEqualTo(1);
        List<CatalogChange> changes = kafka.changes(visit.dyad(), 3, Duration.ofSeconds(5));
        assertThat(changes).hasSize(2).extracting(CatalogChange::version).containsOnly(1L);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        String a = Countries.fresh();
        String b = Countries.fresh();
        String key = a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
        ExtractedFact badQuad = Facts.event(Facts.article(), "f1", a, b, "042", "2021");
        String invalid = json(badQuad).replace("\"quad\":1", "\"quad\":9");

        kafka.sendRaw(Topics.FACTS_EXTRACTED, key, "{not json", "poison-" + key);
        kafka.sendRaw(Topics.FACTS_EXTRACTED, key, invalid, "invalid-" + key);
        ExtractedFact good = Facts.event(Facts.article(), "f1", a, b, "111", "2021");
        kafka.send(Topics.FACTS_EXTRACTED, key, good);

        awaitEvents(a, 1);
        assertThat(events(a).getString("items[0].cameo")).isEqualTo("111");
        List<ConsumerRecord<String, String>> dead = kafka.await("facts.extracted.dlq", r -> key.equals(r.key()), 2,
                WAIT);
        assertThat(dead).extracting(ConsumerRecord::value).containsExactly("{not json", invalid);
        assertThat(KafkaProbe.header(dead.get(1), "dead-letter-reason")).contains("event.quad must be 1 to 4");
    }

    @Test
    void poisonMessagesOfABatchAreDeadLetteredAndTheRestOfTheBatchIsApplied() {
        String a = Countries.fresh();
        String b = Countries.fresh();
        String key = a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
        String article = Facts.article();
        String visit = json(Facts.event(article, "f1", a, b, "042", "2021-03-14"));
        // valid by the contract, but PostgreSQL refuses text with a NUL character: only the database finds it out
        String refused = json(Facts.withSentence(Facts.event(article, "f2", a, b, "043", "2021"), "nul \u0000 here"));
        String strike = json(Facts.event(article, "f3", a, b, "190", "2021-05"));

        kafka.sendTogether(Topics.FACTS_EXTRACTED, key, List.of(
                new KafkaProbe.RawMessage(visit, "visit-" + key),
                new KafkaProbe.RawMessage("{not json", "unreadable-" + key),
                new KafkaProbe.RawMessage(refused, "refused-" + key),
                new KafkaProbe.RawMessage(visit, "visit-" + key),
                new KafkaProbe.RawMessage(strike, "strike-" + key)));

        List<ConsumerRecord<String, String>> dead = kafka.await("facts.extracted.dlq", r -> key.equals(r.key()), 2,
                WAIT);
        assertThat(dead).extracting(ConsumerRecord::value).containsExactly("{not json", refused);
        awaitEvents(a, 2);
        assertThat(events(a).getList("items.cameo")).containsExactlyInAnyOrder("042", "190");
        assertThat(events(a).getList("items.mentionCount", Integer.class)).containsOnly(1);
        assertThat(given().get("/api/articles/" + article).then().statusCode(200).extract().jsonPath()
                .getList("events.factId")).containsExactlyInAnyOrder("f1", "f3");
    }

    @Test
    void anArticleAnnouncementCompletesTheArticleItsFactsCreated() {
        String a = Countries.fresh();
        String b = Countries.fresh();
        String article = Facts.article();
        ExtractedFact visit = Facts.event(article, "f1", a, b, "042", "2023-01-20");
        kafka.send(Topics.FACTS_EXTRACTED, visit.dyad(), visit);
        awaitEvents(a, 1);

        kafka.send(Topics.ARTICLES_INGESTED, article, Facts.announcement(article, "Khan in Baghdad", "2023-01-21"));

        await().atMost(WAIT).until(() -> "Khan in Baghdad".equals(
                given().get("/api/articles/" + article).then().extract().jsonPath().getString("title")));
        JsonPath details = given().get("/api/articles/" + article).then().statusCode(200).extract().jsonPath();
        assertThat(details.getString("published")).isEqualTo("2023-01-21");
        assertThat(details.getString("mediaType")).isEqualTo("text/plain");
        assertThat(details.getList("events.factId")).containsExactly("f1");
        assertThat(details.getLong("events[0].eventId")).isEqualTo(events(a).getLong("items[0].id"));
    }

    private static int mentionRowsOf(String article) throws SQLException {
        try (Connection db = DriverManager.getConnection(LocalInfraTestResource.jdbcUrl("catalog"),
                LocalInfraTestResource.jdbcUsername(), LocalInfraTestResource.jdbcPassword());
             PreparedStatement query = db.prepareStatement("select count(*) from event_mention where article_id = ?")) {
            query.setString(1, article);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static String json(Object value) {
        try {
            return KafkaProbe.JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
