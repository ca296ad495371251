package org.entente.ingest.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.contract.Topics;
import org.entente.ingest.testing.Articles;
import org.entente.ingest.testing.OneFactOfEachKindProfile;
import org.entente.ingest.testing.TopicReader;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.ingest.testing.TopicReader.header;
import static org.hamcrest.Matchers.equalTo;

/** An upload's messages, read back from Kafka with a real consumer: keys, CloudEvents headers, payloads. */
@QuarkusTest
@TestProfile(OneFactOfEachKindProfile.class)
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "ingest"))
class FactsRoundTripTest {

    private final ObjectMapper json = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void uploadPublishesItsArticleAndEachFactWithKeysAndCloudEventsHeaders() throws Exception {
        String id = given().header("X-Api-Key", "dev-key").contentType(ContentType.TEXT).body(Articles.unique())
                .queryParam("title", "Round trip").queryParam("published", "2024-05-17")
                .post("/api/articles")
                .then().statusCode(202)
                .body("events", equalTo(1)).body("agreements", equalTo(1)).body("trade", equalTo(1))
                .extract().path("id");

        List<ConsumerRecord<String, String>> ingested;
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.ARTICLES_INGESTED)) {
            ingested = reader.awaitAbout(id, 1);
        }
        List<ConsumerRecord<String, String>> facts;
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.FACTS_EXTRACTED)) {
            facts = reader.awaitAbout(id, 3);
        }

        assertThat(ingested).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo(id);
            assertCloudEvent(record, Topics.TYPE_ARTICLE_INGESTED, id);
            JsonNode payload = read(record.value());
            assertThat(payload.get("article").get("id").asText()).isEqualTo(id);
            assertThat(payload.get("article").get("title").asText()).isEqualTo("Round trip");
            assertThat(payload.get("article").get("published").asText()).isEqualTo("2024-05-17");
            assertThat(payload.get("textSha256").asText()).isEqualTo(id);
            assertThat(payload.get("mediaType").asText()).isEqualTo("text/plain");
            assertThat(payload.get("events").asInt()).isEqualTo(1);
        });
        assertThat(facts).hasSize(3).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo("IRQ-PAK");
            assertCloudEvent(record, Topics.TYPE_FACT_EXTRACTED, id);
            JsonNode payload = read(record.value());
            assertThat(payload.get("dyad").asText()).isEqualTo("IRQ-PAK");
            assertThat(payload.get("article").get("id").asText()).isEqualTo(id);
            assertThat(payload.get(payload.get("kind").asText()).isObject()).isTrue();
        });
        assertThat(facts).extracting(r -> read(r.value()).get("kind").asText())
                .containsExactlyInAnyOrder("event", "agreement", "trade");
        assertThat(facts).extracting(r -> read(r.value()).get("factId").asText()).doesNotHaveDuplicates();
        assertThat(facts).extracting(r -> header(r, "ce_id")).doesNotHaveDuplicates();
    }

    private static void assertCloudEvent(ConsumerRecord<String, String> record, String type, String articleId) {
        assertThat(UUID.fromString(header(record, "ce_id"))).isNotNull();
        assertThat(header(record, "ce_type")).isEqualTo(type);
        assertThat(header(record, "ce_source")).isEqualTo("/entente/ingest");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_subject")).isEqualTo(articleId);
        assertThat(Instant.parse(header(record, "ce_time"))).isBefore(Instant.now().plusSeconds(1));
        assertThat(header(record, "content-type")).isEqualTo("application/json");
    }

    private JsonNode read(String value) {
        try {
            return json.readTree(value);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + value, e);
        }
    }
}
