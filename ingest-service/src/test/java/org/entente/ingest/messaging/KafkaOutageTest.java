package org.entente.ingest.messaging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.contract.Topics;
import org.entente.ingest.testing.Articles;
import org.entente.ingest.testing.KafkaOutageProfile;
import org.entente.ingest.testing.StoredRows;
import org.entente.ingest.testing.TopicReader;
import org.entente.ingest.testing.Uploads;
import org.entente.localstack.ForkedInfra;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Kafka is down when an article is accepted: the upload still succeeds, the relay's sends fail and the rows stay;
 * once a broker comes up on the configured address, the waiting rows are sent and deleted. Nothing accepted is lost.
 */
@QuarkusTest
@TestProfile(KafkaOutageProfile.class)
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "ingest"))
class KafkaOutageTest {

    @Inject
    StoredRows rows;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String unreachableKafka;

    @Test
    void messagesWaitWhileKafkaIsDownAndAreSentOnceItIsBack() throws Exception {
        String id = Uploads.ingest(Articles.unique());

        await().atMost(Duration.ofMinutes(1)).until(() -> rows.failedAttempts(id) >= 2);
        assertThat(rows.pendingMessages(id)).isPositive();
        given().get("/api/articles/" + id).then().statusCode(200).body("publishState", equalTo("pending"));

        String port = unreachableKafka.substring(unreachableKafka.lastIndexOf(':') + 1);
        try (ForkedInfra kafka = ForkedInfra.start(List.of("--kafka", "--kafka-port", port))) {
            await().atMost(Duration.ofMinutes(2)).until(() -> rows.pendingMessages(id) == 0);

            given().get("/api/articles/" + id).then().statusCode(200).body("publishState", equalTo("published"));
            try (TopicReader reader = new TopicReader(unreachableKafka, Topics.ARTICLES_INGESTED)) {
                assertThat(reader.awaitAbout(id, 1)).singleElement()
                        .satisfies(record -> assertThat(record.key()).isEqualTo(id));
            }
        }
    }
}
