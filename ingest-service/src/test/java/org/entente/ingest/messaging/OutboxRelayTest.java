package org.entente.ingest.messaging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.contract.Topics;
import org.entente.ingest.testing.Articles;
import org.entente.ingest.testing.ManualSchedulingProfile;
import org.entente.ingest.testing.StoredRows;
import org.entente.ingest.testing.Uploads;
import org.entente.ingest.testing.TopicReader;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** With the relay stopped, accepted messages wait in the outbox; they are sent, and deleted, when it runs. */
@QuarkusTest
@TestProfile(ManualSchedulingProfile.class)
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "ingest"))
class OutboxRelayTest {

    @Inject
    OutboxRelay relay;

    @Inject
    StoredRows rows;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void messagesWaitInTheOutboxUntilTheRelaySendsThem() {
        String id = Uploads.ingest(Articles.unique());

        assertThat(rows.pendingMessages(id)).isPositive();
        given().get("/api/articles/" + id).then().statusCode(200)
                .body("publishState", equalTo("pending"))
                .body("pendingMessages", equalTo((int) rows.pendingMessages(id)));

        relay.relay();

        assertThat(rows.pendingMessages(id)).isZero();
        given().get("/api/articles/" + id).then().statusCode(200).body("publishState", equalTo("published"));
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.ARTICLES_INGESTED)) {
            assertThat(reader.awaitAbout(id, 1)).singleElement()
                    .satisfies(record -> assertThat(record.key()).isEqualTo(id));
        }
    }

    @Test
    void anArticlesMessagesAreWrittenWithTheAnnouncementFirstAndOneTimestamp() {
        String id = Uploads.ingest(Articles.unique());

        List<String> rows = this.rows.outboxInSendOrder(id);

        assertThat(rows).hasSizeGreaterThan(1);
        assertThat(rows.get(0)).startsWith(Topics.ARTICLES_INGESTED + " ");
        assertThat(rows.subList(1, rows.size()))
                .allSatisfy(row -> assertThat(row).startsWith(Topics.FACTS_EXTRACTED + " "));
        assertThat(rows.stream().map(row -> row.substring(row.indexOf(' ') + 1)).distinct()).hasSize(1);
        assertThat(rows).hasSize((int) this.rows.pendingMessages(id));
    }
}
