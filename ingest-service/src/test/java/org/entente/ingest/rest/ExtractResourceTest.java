package org.entente.ingest.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.entente.ingest.testing.Articles;
import org.entente.ingest.testing.StoredRows;
import org.entente.ingest.testing.Uploads;
import org.entente.ingest.testing.TestDocuments;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.matchesPattern;

/** {@code POST /api/extract} answers with the article, its text and facts, and stores nothing. */
@QuarkusTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "ingest"))
class ExtractResourceTest {

    @Inject
    StoredRows rows;

    private StoredRows.Snapshot before;

    @BeforeEach
    void rememberStorage() {
        before = rows.snapshot();
    }

    @AfterEach
    void nothingWasStored() {
        assertThat(rows.snapshot()).isEqualTo(before);
    }

    @Test
    void plainTextGivesArticleTextAndFactLists() {
        String text = Articles.unique();

        given().contentType(ContentType.TEXT).body(text)
                .queryParam("title", "Talks").queryParam("url", "https://example.org/t")
                .queryParam("source", "Example").queryParam("published", "2022-11-30")
                .when().post("/api/extract")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("article.id", matchesPattern("[0-9a-f]{64}"))
                .body("article.title", equalTo("Talks"))
                .body("article.url", equalTo("https://example.org/t"))
                .body("article.source", equalTo("Example"))
                .body("article.published", equalTo("2022-11-30"))
                .body("article.publishedBy", equalTo("request"))
                .body("text", containsString("Pakistan and Iraq held talks"))
                .body("events", instanceOf(java.util.List.class))
                .body("agreements", instanceOf(java.util.List.class))
                .body("trade", instanceOf(java.util.List.class))
                .body("$", hasKey("events"));
    }

    @Test
    void extractGivesTheIdThatIngestionWouldGive() {
        String text = Articles.unique();
        String extracted = given().contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/extract").then().statusCode(200).extract().path("article.id");

        String ingested = Uploads.postText(text).path("id");
        before = rows.snapshot(); // the ingestion above stored the article on purpose

        assertThat(extracted).isEqualTo(ingested);
    }

    @Test
    void textIsDecodedWithTheCharsetItDeclares() {
        byte[] latin1 = "Café talks in Baghdad.".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        given().contentType("text/plain; charset=ISO-8859-1").body(latin1)
                .when().post("/api/extract")
                .then().statusCode(200)
                .body("text", containsString("Café talks in Baghdad."));
    }

    @Test
    void pdfFileGivesItsText() {
        given().multiPart("file", "paper.pdf", TestDocuments.pdf("Iraq and Pakistan signed a memorandum."))
                .multiPart("title", "Memorandum")
                .when().post("/api/extract")
                .then().statusCode(200)
                .body("article.title", equalTo("Memorandum"))
                .body("text", containsString("Iraq and Pakistan signed a memorandum."));
    }

    @Test
    void badFileGetsTheSameProblemAsOnIngestion() {
        BadInputTest.problem(given().multiPart("file", "x.pdf", TestDocuments.encryptedPdf("Secret"))
                .post("/api/extract"), 422, "encrypted-document", "Encrypted document");
    }

    @Test
    void emptyTextIsRefused() {
        BadInputTest.problem(given().contentType(ContentType.TEXT).body("").post("/api/extract"),
                400, "empty-text", "No text");
    }
}
