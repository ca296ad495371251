package org.entente.ingest.tools;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.entente.ingest.testing.Articles;
import org.entente.ingest.testing.TestDocuments;
import org.entente.localstack.test.LocalInfraTestResource;
import org.entente.localstack.tools.IngestCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code ./entente ingest} client against the running test application. */
@QuarkusTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "ingest"))
class IngestCommandTest {

    @TestHTTPResource("/")
    URL service;

    @TempDir
    Path folder;

    @Test
    void folderIsIngestedFileByFileAndARerunAddsOnlyDuplicates() throws IOException {
        Files.writeString(folder.resolve("first.txt"), Articles.unique());
        Files.createDirectories(folder.resolve("sub/deeper"));
        Files.writeString(folder.resolve("sub/deeper/second.md"), Articles.unique());
        Files.write(folder.resolve("sub/secret.pdf"), TestDocuments.encryptedPdf("Secret"));
        Files.writeString(folder.resolve("ignored.csv"), "not,an,article");

        Run first = ingest();

        assertThat(first.exitCode).as(first.err).isEqualTo(1);
        assertThat(first.out).contains("3 files in 1 batch").contains("  accepted     2\n")
                .contains("  duplicates   0\n").contains("  failed       1\n")
                .containsPattern("    sub/secret\\.pdf: .*encrypted")
                .containsPattern("facts +events \\d+, agreements \\d+, trade \\d+");
        assertThat(first.err).contains("100% 3/3 files");

        Run again = ingest();

        assertThat(again.exitCode).isEqualTo(1);
        assertThat(again.out).contains("  accepted     0\n").contains("  duplicates   2\n")
                .contains("  failed       1\n").contains("events 0, agreements 0, trade 0");
    }

    @Test
    void aWrongKeyIsAConnectionErrorWithoutStackTrace() throws IOException {
        Files.writeString(folder.resolve("one.txt"), Articles.unique());

        Run run = run("--key", "wrong-key");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("refused the API key").doesNotContain("Exception");
    }

    private Run ingest() {
        return run("--key", "dev-key");
    }

    private Run run(String keyOption, String key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String url = service.toString().replaceAll("/$", "");
        int code = IngestCommand.run(new String[]{folder.toString(), "--url", url, keyOption, key}, Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String out, String err) {
    }
}
