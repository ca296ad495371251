package org.entente.ingest.service.batch;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.entente.ingest.testing.Articles;
import org.entente.ingest.testing.ManualSchedulingProfile;
import org.entente.ingest.testing.StoredRows;
import org.entente.ingest.testing.TestDocuments;
import org.entente.ingest.testing.Uploads;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A batch is stored, files and contents, before it is processed: with the worker stopped (as across a restart) its
 * files wait in the database, and a worker that starts later finds and processes them.
 */
@QuarkusTest
@TestProfile(ManualSchedulingProfile.class)
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "ingest"))
class BatchRestartTest {

    @Inject
    BatchWorker worker;

    @Inject
    StoredRows rows;

    @Test
    void acceptedFilesWaitInTheDatabaseUntilAWorkerProcessesThem() {
        String jobId = given().header("X-Api-Key", Uploads.KEY)
                .multiPart("file", "one.txt", Articles.unique().getBytes(StandardCharsets.UTF_8))
                .multiPart("file", "two.pdf", TestDocuments.pdf("Iraq and Pakistan met, " + Articles.unique().strip()))
                .multiPart("file", "bad.pdf", TestDocuments.encryptedPdf("secret"))
                .post("/api/articles/batch")
                .then().statusCode(202)
                .body("state", equalTo("running")).body("total", equalTo(3)).body("processed", equalTo(0))
                .extract().path("id");

        assertThat(rows.storedPendingFiles(jobId)).isEqualTo(3);
        given().get("/api/jobs/" + jobId).then().statusCode(200).body("state", equalTo("running"));

        worker.work();

        given().get("/api/jobs/" + jobId).then().statusCode(200)
                .body("state", equalTo("done"))
                .body("accepted", equalTo(2))
                .body("failed", equalTo(1))
                .body("files[2].reason", org.hamcrest.Matchers.containsString("encrypted"));
        assertThat(rows.storedPendingFiles(jobId)).isZero();
    }
}
