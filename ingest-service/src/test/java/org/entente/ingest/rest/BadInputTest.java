package org.entente.ingest.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.entente.ingest.testing.Articles;
import org.entente.ingest.testing.StoredRows;
import org.entente.ingest.testing.Uploads;
import org.entente.ingest.testing.TestDocuments;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Every kind of bad upload gets its problem answer (status, type, title), never a 500, never a class name or stack
 * trace, and stores nothing.
 */
@QuarkusTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "ingest"))
class BadInputTest {

    private static final String KEY = Uploads.KEY;

    @Inject
    StoredRows rows;

    @TestHTTPResource("/api/articles")
    URI articles;

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
    void emptyTextBodyIsRefused() {
        problem(given().header("X-Api-Key", KEY).contentType(ContentType.TEXT).body("")
                .post("/api/articles"), 400, "empty-text", "No text");
    }

    @Test
    void whitespaceOnlyTextIsRefused() {
        problem(given().header("X-Api-Key", KEY).contentType(ContentType.TEXT).body(" \n\t \n")
                .post("/api/articles"), 400, "empty-text", "No text");
    }

    @Test
    void jsonWithoutTextIsRefusedNamingTheProperty() {
        problem(given().header("X-Api-Key", KEY).contentType(ContentType.JSON).body(Map.of("title", "No body"))
                .post("/api/articles"), 400, "empty-text", "No text")
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void malformedJsonIsRefused() {
        problem(given().header("X-Api-Key", KEY).contentType(ContentType.JSON).body("{\"text\": \"unfinished")
                .post("/api/articles"), 400, "malformed-json", "Malformed JSON");
    }

    @Test
    void jsonOfTheWrongShapeIsRefused() {
        problem(given().header("X-Api-Key", KEY).contentType(ContentType.JSON).body("{\"text\": {\"nested\": 1}}")
                .post("/api/articles"), 400, "malformed-json", "Malformed JSON")
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void badPublicationDateIsRefusedNamingTheParameter() {
        problem(given().header("X-Api-Key", KEY).contentType(ContentType.TEXT).body(Articles.unique())
                .queryParam("published", "17/05/2024")
                .post("/api/articles"), 400, "invalid-parameter", "Invalid parameter")
                .body("errors[0].field", equalTo("published"))
                .body("detail", containsString("published"));
    }

    @Test
    void impossibleCalendarDateIsRefused() {
        problem(given().header("X-Api-Key", KEY).contentType(ContentType.JSON)
                .body(Map.of("text", Articles.unique(), "published", "2024-02-30"))
                .post("/api/articles"), 400, "invalid-parameter", "Invalid parameter")
                .body("errors[0].field", equalTo("published"));
    }

    @Test
    void overlongTitleIsRefused() {
        problem(given().header("X-Api-Key", KEY).contentType(ContentType.TEXT).body(Articles.unique())
                .queryParam("title", "t".repeat(501))
                .post("/api/articles"), 400, "invalid-parameter", "Invalid parameter")
                .body("errors[0].field", equalTo("title"));
    }

    @Test
    void multipartWithoutFilePartIsRefused() {
        problem(given().header("X-Api-Key", KEY).multiPart("title", "Only a title")
                .post("/api/articles"), 400, "invalid-parameter", "Invalid parameter")
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void unsupportedContentTypeIsRefused() {
        problem(given().header("X-Api-Key", KEY).contentType("application/msword").body(new byte[]{1, 2, 3})
                .post("/api/articles"), 415, "unsupported-media-type", "Unsupported media type");
    }

    @Test
    void postWithoutContentTypeIsRefused() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(articles)
                .header("X-Api-Key", KEY)
                .POST(HttpRequest.BodyPublishers.ofString(Articles.unique()))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.body()).contains("urn:entente:problem:unsupported-media-type");
    }

    @Test
    void unknownCharsetIsRefused() {
        problem(given().header("X-Api-Key", KEY).contentType("text/plain; charset=klingon")
                .body(Articles.unique().getBytes(StandardCharsets.UTF_8))
                .post("/api/articles"), 415, "unsupported-media-type", "Unsupported media type")
                .body("detail", containsString("klingon"));
    }

    @Test
    void imageFileIsRefusedAsUnsupported() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        problem(Uploads.uploadFile("article.txt", png, Map.of()),
                415, "unsupported-media-type", "Unsupported media type");
    }

    @Test
    void zipFileIsRefusedForOneArticle() {
        byte[] zip = TestDocuments.zip(Map.of("a.txt", Articles.unique().getBytes(StandardCharsets.UTF_8)));

        problem(Uploads.uploadFile("articles.zip", zip, Map.of()),
                415, "unsupported-media-type", "Unsupported media type");
    }

    @Test
    void encryptedPdfIsRefused() {
        problem(Uploads.uploadFile("secret.pdf", TestDocuments.encryptedPdf("Secret talks."), Map.of()),
                422, "encrypted-document", "Encrypted document");
    }

    @Test
    void corruptDocxIsRefused() {
        problem(Uploads.uploadFile("broken.docx", TestDocuments.corruptDocx(), Map.of()),
                422, "unreadable-document", "Unreadable document");
    }

    @Test
    void truncatedPdfIsRefused() {
        byte[] pdf = TestDocuments.pdf("Cut short.");

        problem(Uploads.uploadFile("cut.pdf", Arrays.copyOf(pdf, pdf.length / 3), Map.of()),
                422, "unreadable-document", "Unreadable document");
    }

    @Test
    void docxZipBombIsRefused() {
        problem(Uploads.uploadFile("bomb.docx", TestDocuments.docxBomb(50_000_000), Map.of()),
                422, "document-too-complex", "Document too complex");
    }

    @Test
    void bodyOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(articles)
                .header("X-Api-Key", KEY).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[10 * 1024 * 1024 + 1]))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("urn:entente:problem:too-large");
    }

    @Test
    void bodyOverTheSizeLimitWithoutLengthIsRefused() throws Exception {
        byte[] body = "a".repeat(10 * 1024 * 1024 + 1).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(articles)
                .header("X-Api-Key", KEY).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("urn:entente:problem:too-large");
    }

    @Test
    void unknownPathIsNotFoundProblem() {
        problem(given().get("/api/nothing-here"), 404, "not-found", "Not found");
    }

    @Test
    void wrongMethodIsProblem() {
        problem(given().get("/api/extract"), 405, "method-not-allowed", "Method not allowed");
    }

    /** Checks the problem answer and that it gives away no class name or stack trace. */
    static ValidatableResponse problem(io.restassured.response.Response response, int status, String type,
                                       String title) {
        return response.then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:entente:problem:" + type))
                .body("title", equalTo(title))
                .body("status", equalTo(status))
                .body("detail", not(containsString("Exception")))
                .body(not(containsString("org.")))
                .body(not(containsString("java.")))
                .body(not(containsString("\tat ")));
    }
}
