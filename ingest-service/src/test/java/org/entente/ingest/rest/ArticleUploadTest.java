package org.entente.ingest.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.entente.extraction.Document;
import org.entente.extraction.ExtractionEngine;
import org.entente.ingest.testing.Articles;
import org.entente.ingest.testing.StoredRows;
import org.entente.ingest.testing.TestDocuments;
import org.entente.ingest.testing.Uploads;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "ingest"))
class ArticleUploadTest {

    private static final String KEY = Uploads.KEY;

    @Inject
    StoredRows rows;

    @Test
    void plainTextIsAcceptedWithItsIdLocationAndCounts() throws Exception {
        String text = Articles.unique();

        ExtractableResponse<Response> answer = given().header("X-Api-Key", KEY)
                .contentType(ContentType.TEXT).body(text)
                .queryParam("title", "Talks in Baghdad").queryParam("url", "https://example.org/talks")
                .queryParam("published", "2024-05-17").queryParam("source", "Example News")
                .when().post("/api/articles")
                .then().statusCode(202)
                .body("duplicate", equalTo(false))
                .body("events", equalTo(0 + extractedEvents(text)))
                .extract();

        String id = answer.path("id");
        assertThat(id).isEqualTo(sha256Hex(normalised(text)));
        assertThat(answer.header("Location")).endsWith("/api/articles/" + id);
        assertThat(rows.articleExists(id)).isTrue();
        given().when().get("/api/articles/" + id)
                .then().statusCode(200)
                .body("title", equalTo("Talks in Baghdad"))
                .body("url", equalTo("https://example.org/talks"))
                .body("source", equalTo("Example News"))
                .body("published", equalTo("2024-05-17"))
                .body("publishedBy", equalTo("request"))
                .body("mediaType", equalTo("text/plain"))
                .body("textLength", equalTo(normalised(text).length()));
    }

    @Test
    void acceptedArticleIsPublishedOnceKafkaHasItsMessages() {
        String id = Uploads.postText(Articles.unique()).path("id");

        await().atMost(Duration.ofMinutes(1)).untilAsserted(() ->
                given().when().get("/api/articles/" + id)
                        .then().statusCode(200)
                        .body("publishState", equalTo("published"))
                        .body("pendingMessages", equalTo(0)));
        assertThat(rows.pendingMessages(id)).isZero();
    }

    @Test
    void jsonUploadIsAccepted() {
        String text = Articles.unique();

        String id = given().header("X-Api-Key", KEY).contentType(ContentType.JSON)
                .body(Map.of("title", "JSON article", "published", "2023-01-02", "text", text))
                .when().post("/api/articles")
                .then().statusCode(202).body("duplicate", equalTo(false))
                .extract().path("id");

        given().when().get("/api/articles/" + id).then().statusCode(200)
                .body("title", equalTo("JSON article")).body("published", equalTo("2023-01-02"));
    }

    @Test
    void pdfFileIsParsedAndAccepted() {
        String sentence = "Iraq and Pakistan agreed to expand trade, reference " + java.util.UUID.randomUUID();

        String id = Uploads.uploadFile("paper.pdf", TestDocuments.pdf(sentence), Map.of("source", "Think tank"))
                .then().statusCode(202).extract().path("id");

        given().when().get("/api/articles/" + id).then().statusCode(200)
                .body("mediaType", equalTo("application/pdf")).body("source", equalTo("Think tank"));
    }

    @Test
    void docxFileIsParsedAndItsTitleUsedWhenNoneIsGiven() {
        byte[] docx = TestDocuments.docx("Agreement signed", "Iraq and Pakistan signed an agreement, reference "
                + java.util.UUID.randomUUID());

        String id = Uploads.uploadFile("agreement.docx", docx, Map.of()).then().statusCode(202).extract().path("id");

        given().when().get("/api/articles/" + id).then().statusCode(200)
                .body("mediaType", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body("title", equalTo("Agreement signed"));
    }

    @Test
    void htmlFileIsParsedWithoutItsMarkup() {
        String html = "<html><head><title>Visit</title><style>p{color:red}</style></head><body><p>The Iraqi prime "
                + "minister visited Islamabad, reference " + java.util.UUID.randomUUID() + ".</p></body></html>";

        String id = Uploads.uploadFile("visit.html", html.getBytes(StandardCharsets.UTF_8), Map.of("title", "Given title"))
                .then().statusCode(202).extract().path("id");

        given().when().get("/api/articles/" + id).then().statusCode(200)
                .body("mediaType", equalTo("text/html")).body("title", equalTo("Given title"));
    }

    @Test
    void sameTextTwiceIsStoredOnceAndAnsweredAsDuplicate() {
        String text = Articles.unique();
        ExtractableResponse<Response> first = Uploads.postText(text);
        StoredRows.Snapshot before = rows.snapshot();

        ExtractableResponse<Response> second = given().header("X-Api-Key", KEY).contentType(ContentType.JSON)
                .body(Map.of("text", text, "title", "Another title"))
                .when().post("/api/articles")
                .then().statusCode(200)
                .body("duplicate", equalTo(true))
                .extract();

        assertThat(second.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(rows.snapshot()).isEqualTo(before);
    }

    @Test
    void sameTextSentConcurrentlyIsStoredOnce() throws Exception {
        String text = Articles.unique();
        StoredRows.Snapshot before = rows.snapshot();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                answers.add(clients.submit(() -> given().header("X-Api-Key", KEY).contentType(ContentType.TEXT)
                        .body(text).post("/api/articles").statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(202, 200, 200, 200);
        } finally {
            clients.shutdown();
        }

        StoredRows.Snapshot after = rows.snapshot();
        assertThat(after.articles()).isEqualTo(before.articles() + 1);
        assertThat(after.lastOutboxId()).isEqualTo(before.lastOutboxId() + 1 + extractedFacts(text));
    }

    @Test
    void unknownArticleIsNotFoundProblem() {
        given().when().get("/api/articles/" + "0".repeat(64))
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:entente:problem:not-found"))
                .body("status", equalTo(404))
                .body("instance", endsWith("/api/articles/" + "0".repeat(64)));
    }

    private static String normalised(String text) {
        return ExtractionEngine.create().extract(Document.of("test", text)).text();
    }

    private static int extractedFacts(String text) {
        return ExtractionEngine.create().extract(Document.of("test", text)).size();
    }

    private static int extractedEvents(String text) {
        return ExtractionEngine.create().extract(Document.of("test", text)).events().size();
    }

    private static String sha256Hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
