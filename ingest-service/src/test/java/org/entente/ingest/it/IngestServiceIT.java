package org.entente.ingest.it;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import org.entente.ingest.testing.Articles;
import org.entente.ingest.testing.IntegrationApiKey;
import org.entente.ingest.testing.TestDocuments;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The packaged application (production profile) on real Kafka and PostgreSQL. */
@QuarkusIntegrationTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "ingest"))
@WithTestResource(IntegrationApiKey.class)
class IngestServiceIT {

    @Test
    void packagedServiceIngestsParsesAndPublishes() {
        String id = given().header("X-Api-Key", IntegrationApiKey.KEY)
                .multiPart("file", "paper.pdf", TestDocuments.pdf("Pakistan and Iraq agreed, " + Articles.unique()
                        .strip()))
                .post("/api/articles")
                .then().statusCode(202).extract().path("id");

        await().atMost(Duration.ofMinutes(1)).untilAsserted(() ->
                given().get("/api/articles/" + id).then().statusCode(200)
                        .body("mediaType", equalTo("application/pdf"))
                        .body("publishState", equalTo("published")));
    }

    @Test
    void productionRefusesWritesWithAnUnknownKey() {
        given().header("X-Api-Key", "dev-key").contentType(ContentType.TEXT).body(Articles.unique())
                .post("/api/articles")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void healthMetricsAndApiDescriptionAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/articles/batch")).body(containsString("X-Api-Key"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
