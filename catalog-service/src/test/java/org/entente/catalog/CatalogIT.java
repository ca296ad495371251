package org.entente.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.entente.catalog.support.Countries;
import org.entente.catalog.support.Facts;
import org.entente.catalog.support.KafkaProbe;
import org.entente.contract.ExtractedFact;
import org.entente.contract.Topics;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.Test;

/** The packaged service: facts in on Kafka, merged events out of the REST API. */
@QuarkusIntegrationTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "catalog"))
class CatalogIT {

    @Test
    void factsPublishedOnKafkaAreServedMergedByTheRestApi() {
        String pak = Countries.fresh();
        String irq = Countries.fresh();
        List<ExtractedFact> reports = List.of(
                Facts.event(Facts.article(), "f1", pak, irq, "042", "2021-03-14"),
                Facts.event(Facts.article(), "f1", pak, irq, "042", "2021-03"),
                Facts.event(Facts.article(), "f1", pak, irq, "04", "2021"));
        try (KafkaProbe kafka = new KafkaProbe()) {
            reports.forEach(fact -> kafka.send(Topics.FACTS_EXTRACTED, fact.dyad(), fact));
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> {
            JsonPath events = given().queryParam("country", pak).get("/api/events").then().extract().jsonPath();
            return events.getList("items").size() == 1 && events.getInt("items[0].mentionCount") == 3;
        });
        JsonPath event = given().queryParam("country", irq).get("/api/events").then().statusCode(200).extract()
                .jsonPath();
        assertThat(event.getString("items[0].date")).isEqualTo("2021-03-14");
        assertThat(event.getList("items[0].articles")).hasSize(3);
    }

    @Test
    void healthOpenApiAndSwaggerUiAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
