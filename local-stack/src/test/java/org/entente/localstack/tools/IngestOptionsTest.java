package org.entente.localstack.tools;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IngestOptionsTest {

    @TempDir
    Path repo;

    @Test
    void optionsWinOverTheEnvironment() {
        IngestOptions options = IngestOptions.parse(List.of(repo.toString(), "--url", "http://h:1/", "--key", "k1"),
                Map.of("ENTENTE_INGEST_URL", "http://other:2", "ENTENTE_API_KEY", "k2"), repo);

        assertThat(options.url()).isEqualTo("http://h:1");
        assertThat(options.apiKey()).isEqualTo("k1");
        assertThat(options.source()).isEqualTo(repo);
    }

    @Test
    void withoutOptionsTheEnvironmentThenTheKeyFileOfUpAreUsed() throws IOException {
        Files.createDirectories(repo.resolve(".entente"));
        Files.writeString(repo.resolve(".entente/api-key"), "local-abc\n");

        IngestOptions fromFile = IngestOptions.parse(List.of(repo.toString()), Map.of(), repo);
        IngestOptions fromEnvironment = IngestOptions.parse(List.of(repo.toString()),
                Map.of("ENTENTE_API_KEY", "env-key", "ENTENTE_INGEST_URL", "http://x:9"), repo);

        assertThat(fromFile.apiKey()).isEqualTo("local-abc");
        assertThat(fromFile.url()).isEqualTo(IngestOptions.DEFAULT_URL);
        assertThat(fromEnvironment.apiKey()).isEqualTo("env-key");
        assertThat(fromEnvironment.url()).isEqualTo("http://x:9");
    }

    @Test
    void missingKeyMissingFolderAndUnknownOptionsAreUsageErrors() {
        assertThatThrownBy(() -> IngestOptions.parse(List.of(repo.toString()), Map.of(), repo))
                .isInstanceOf(UsageException.class).hasMessageContaining("no API key");
        assertThatThrownBy(() -> IngestOptions.parse(List.of(repo.resolve("nope").toString(), "--key", "k"),
                Map.of(), repo)).isInstanceOf(UsageException.class).hasMessageContaining("no such folder");
        assertThatThrownBy(() -> IngestOptions.parse(List.of("--fast"), Map.of(), repo))
                .isInstanceOf(UsageException.class).hasMessageContaining("unknown option: --fast");
        assertThatThrownBy(() -> IngestOptions.parse(List.of(), Map.of(), repo))
                .isInstanceOf(UsageException.class);
    }
}
