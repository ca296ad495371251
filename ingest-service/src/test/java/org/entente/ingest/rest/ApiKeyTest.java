package org.entente.ingest.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.entente.ingest.testing.Articles;
import org.entente.ingest.testing.StoredRows;
import org.entente.ingest.testing.Uploads;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "ingest"))
class ApiKeyTest {

    @Inject
    StoredRows rows;

    @Test
    void uploadWithoutKeyIsUnauthorizedAndStoresNothing() {
        StoredRows.Snapshot before = rows.snapshot();

        BadInputTest.problem(given().contentType(ContentType.TEXT).body(Articles.unique()).post("/api/articles"),
                        401, "unauthorized", "Missing or invalid API key")
                .header("WWW-Authenticate", containsString("X-Api-Key"))
                .body("detail", containsString("X-Api-Key"));

        assertThat(rows.snapshot()).isEqualTo(before);
    }

    @Test
    void uploadWithWrongKeyIsUnauthorizedAndStoresNothing() {
        StoredRows.Snapshot before = rows.snapshot();

        BadInputTest.problem(given().header("X-Api-Key", "not-the-key").contentType(ContentType.JSON)
                        .body(Map.of("text", Articles.unique())).post("/api/articles"),
                401, "unauthorized", "Missing or invalid API key");

        assertThat(rows.snapshot()).isEqualTo(before);
    }

    @Test
    void fileUploadWithoutKeyIsUnauthorized() {
        BadInputTest.problem(given().multiPart("file", "a.txt", Articles.unique().getBytes(StandardCharsets.UTF_8))
                .post("/api/articles"), 401, "unauthorized", "Missing or invalid API key");
    }

    @Test
    void batchWithoutKeyIsUnauthorized() {
        StoredRows.Snapshot before = rows.snapshot();

        BadInputTest.problem(given().multiPart("file", "a.txt", Articles.unique().getBytes(StandardCharsets.UTF_8))
                .post("/api/articles/batch"), 401, "unauthorized", "Missing or invalid API key");

        assertThat(rows.snapshot()).isEqualTo(before);
    }

    @Test
    void keyIsCheckedBeforeTheBody() {
        BadInputTest.problem(given().contentType(ContentType.JSON).body("{not json")
                .post("/api/articles"), 401, "unauthorized", "Missing or invalid API key");
    }

    @Test
    void readsAndExtractionNeedNoKey() {
        given().contentType(ContentType.TEXT).body(Articles.unique()).post("/api/extract")
                .then().statusCode(200);
        given().get("/api/articles/" + "f".repeat(64)).then().statusCode(404);
    }

    @Test
    void validKeyIsAccepted() {
        given().header("X-Api-Key", Uploads.KEY).contentType(ContentType.TEXT).body(Articles.unique())
                .post("/api/articles")
                .then().statusCode(202).body("duplicate", equalTo(false));
    }
}
