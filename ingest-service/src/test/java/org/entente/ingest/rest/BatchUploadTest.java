package org.entente.ingest.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.entente.ingest.testing.Articles;
import org.entente.ingest.testing.StoredRows;
import org.entente.ingest.testing.Uploads;
import org.entente.ingest.testing.TestDocuments;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "ingest"))
class BatchUploadTest {

    @Inject
    StoredRows rows;

    @Test
    void mixOfGoodDuplicateAndBadFilesIsProcessedFileByFile() {
        String alreadyIngested = Articles.unique();
        Uploads.postText(alreadyIngested);
        Map<String, byte[]> zipped = new LinkedHashMap<>();
        zipped.put("folder/third.txt", utf8(Articles.unique()));
        zipped.put("folder/inner.zip", TestDocuments.zip(Map.of("hidden.txt", utf8(Articles.unique()))));
        zipped.put("__MACOSX/folder/._third.txt", new byte[]{0, 5, 22, 7});
        zipped.put("folder/.DS_Store", new byte[]{0, 0, 0, 1});

        ExtractableResponse<Response> answer = batch()
                .multiPart("file", "first.txt", utf8(Articles.unique()))
                .multiPart("file", "second.pdf", TestDocuments.pdf("Pakistan and Iraq talked, " + Articles.unique().strip()))
                .multiPart("file", "again.txt", utf8(alreadyIngested))
                .multiPart("file", "secret.pdf", TestDocuments.encryptedPdf("Secret"))
                .multiPart("file", "photo.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0})
                .multiPart("file", "folder.zip", TestDocuments.zip(zipped))
                .when().post("/api/articles/batch")
                .then().statusCode(202)
                .body("total", equalTo(7))
                .extract();
        String jobId = answer.path("id");
        assertThat(answer.header("Location")).endsWith("/api/jobs/" + jobId);

        JsonPath job = awaitDone(jobId);

        assertThat(job.getInt("processed")).isEqualTo(7);
        assertThat(job.getInt("accepted")).isEqualTo(3);
        assertThat(job.getInt("duplicate")).isEqualTo(1);
        assertThat(job.getInt("failed")).isEqualTo(3);
        assertThat(job.getMap("facts")).containsOnlyKeys("events", "agreements", "trade");
        assertThat(job.getString("finishedAt")).isNotNull();
        assertThat(job.getList("files.name")).containsExactly("first.txt", "second.pdf", "again.txt",
                "secret.pdf", "photo.png", "folder.zip/folder/third.txt", "folder.zip/folder/inner.zip");
        assertThat(job.getList("files.state")).containsExactly("accepted", "accepted", "duplicate", "failed",
                "failed", "accepted", "failed");
        assertThat(job.getString("files[3].reason")).contains("encrypted");
        assertThat(job.getString("files[4].reason")).contains("image/png");
        assertThat(job.getString("files[6].reason")).contains("not followed");
        for (String article : job.<String>getList("files.article")) {
            if (article != null) {
                given().get("/api/articles/" + article).then().statusCode(200);
            }
        }
        assertThat(rows.storedPendingFiles(jobId)).isZero();
    }

    @Test
    void resendingTheSameFolderAddsNothingTwice() {
        Map<String, byte[]> folder = new LinkedHashMap<>();
        folder.put("a.txt", utf8(Articles.unique()));
        folder.put("b.txt", utf8(Articles.unique()));
        byte[] zip = TestDocuments.zip(folder);

        JsonPath first = awaitDone(batch().multiPart("file", "folder.zip", zip).post("/api/articles/batch")
                .then().statusCode(202).extract().path("id"));
        StoredRows.Snapshot afterFirst = rows.snapshot();
        JsonPath second = awaitDone(batch().multiPart("file", "folder.zip", zip).post("/api/articles/batch")
                .then().statusCode(202).extract().path("id"));

        assertThat(first.getInt("accepted")).isEqualTo(2);
        assertThat(second.getInt("accepted")).isZero();
        assertThat(second.getInt("duplicate")).isEqualTo(2);
        assertThat(second.getList("files.article")).isEqualTo(first.getList("files.article"));
        StoredRows.Snapshot afterSecond = rows.snapshot();
        assertThat(afterSecond.articles()).isEqualTo(afterFirst.articles());
        assertThat(afterSecond.lastOutboxId()).isEqualTo(afterFirst.lastOutboxId());
    }

    @Test
    void fileLargerThanTheArticleLimitFailsAlone() {
        byte[] noise = new byte[10 * 1024 * 1024 + 10];
        new Random(7).nextBytes(noise);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("huge.bin", noise);
        entries.put("fine.txt", utf8(Articles.unique()));

        JsonPath job = awaitDone(batch().multiPart("file", "mixed.zip", TestDocuments.zip(entries))
                .post("/api/articles/batch").then().statusCode(202).extract().path("id"));

        assertThat(job.getList("files.state")).containsExactly("failed", "accepted");
        assertThat(job.getString("files[0].reason")).contains("larger than");
    }

    @Test
    void zipBombIsRefusedWholeAndNothingIsStored() {
        StoredRows.Snapshot before = rows.snapshot();

        BadInputTest.problem(batch().multiPart("file", "bomb.zip", TestDocuments.zipBomb("zeros.txt", 50_000_000))
                .post("/api/articles/batch"), 422, "unsafe-archive", "Unsafe archive");

        assertThat(rows.snapshot()).isEqualTo(before);
    }

    @Test
    void zipEntryClimbingOutOfTheArchiveIsRefusedWhole() {
        StoredRows.Snapshot before = rows.snapshot();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("fine.txt", utf8(Articles.unique()));
        entries.put("../../outside.txt", utf8(Articles.unique()));

        BadInputTest.problem(batch().multiPart("file", "evil.zip", TestDocuments.zip(entries))
                        .post("/api/articles/batch"), 422, "unsafe-archive", "Unsafe archive")
                .body("detail", org.hamcrest.Matchers.containsString("../../outside.txt"));

        assertThat(rows.snapshot()).isEqualTo(before);
    }

    @Test
    void batchWithMoreFilesThanAllowedIsRefusedWhole() {
        StoredRows.Snapshot before = rows.snapshot();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i <= 1000; i++) {
            entries.put("article-" + i + ".txt", utf8("Article number " + i));
        }

        BadInputTest.problem(batch().multiPart("file", "many.zip", TestDocuments.zip(entries))
                .post("/api/articles/batch"), 413, "too-large", "Content too large");

        assertThat(rows.snapshot()).isEqualTo(before);
    }

    @Test
    void batchWithoutFilesIsRefused() {
        BadInputTest.problem(batch().multiPart("title", "no files").post("/api/articles/batch"),
                400, "invalid-parameter", "Invalid parameter");
    }

    @Test
    void unknownJobIsNotFound() {
        BadInputTest.problem(given().get("/api/jobs/00000000-0000-0000-0000-000000000000"), 404, "not-found",
                "Not found");
        BadInputTest.problem(given().get("/api/jobs/not-a-job"), 404, "not-found", "Not found");
    }

    static RequestSpecification batch() {
        return given().header("X-Api-Key", Uploads.KEY);
    }

    static JsonPath awaitDone(String jobId) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() ->
                "done".equals(given().get("/api/jobs/" + jobId).then().statusCode(200).extract().path("state")));
        return given().get("/api/jobs/" + jobId).then().statusCode(200).extract().jsonPath();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
