package org.entente.localstack.stack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LauncherOptionsTest {

    @Test
    void defaultsAreTheConventionalPortsAndTheRepositorysEntenteDirectory() {
        LauncherOptions options = LauncherOptions.parse(List.of("--repo", "/srv/entente"), Map.of());

        assertThat(options.services()).extracting(ServiceSpec::port).containsExactly(8081, 8082, 8083);
        assertThat(options.services()).extracting(ServiceSpec::database)
                .containsExactly("ingest", "catalog", "analytics");
        assertThat(options.services().get(1).jar())
                .isEqualTo(Path.of("/srv/entente/catalog-service/target/quarkus-app/quarkus-run.jar"));
        assertThat(options.dataDir()).isEqualTo(Path.of("/srv/entente/.entente/data"));
        assertThat(options.logDir()).isEqualTo(Path.of("/srv/entente/.entente/logs"));
        assertThat(options.kafkaPort()).isEqualTo(9092);
        assertThat(options.postgresPort()).isEqualTo(5432);
        assertThat(options.reset()).isFalse();
    }

    @Test
    void optionBeatsEnvironmentWhichBeatsDefault() {
        LauncherOptions options = LauncherOptions.parse(List.of("--catalog-port", "9002", "--reset"),
                Map.of("ENTENTE_CATALOG_PORT", "9102", "ENTENTE_ANALYTICS_PORT", "9103"));

        assertThat(options.catalogPort()).isEqualTo(9002);
        assertThat(options.analyticsPort()).isEqualTo(9103);
        assertThat(options.ingestPort()).isEqualTo(8081);
        assertThat(options.reset()).isTrue();
    }

    @Test
    void badInputIsRefusedWithItsName() {
        assertThatThrownBy(() -> LauncherOptions.parse(List.of("--kafka-port", "ninety"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--kafka-port: not a port: ninety");
        assertThatThrownBy(() -> LauncherOptions.parse(List.of(), Map.of("ENTENTE_INGEST_PORT", "70000")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ENTENTE_INGEST_PORT: not a port: 70000");
        assertThatThrownBy(() -> LauncherOptions.parse(List.of("--verbose"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown option: --verbose");
    }
}
