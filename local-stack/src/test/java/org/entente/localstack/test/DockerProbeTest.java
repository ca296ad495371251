package org.entente.localstack.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class DockerProbeTest {

    @Test
    void dockerHostVariableMakesTheProbeAskTestcontainers() {
        assertThat(DockerProbe.dockerEndpointConfigured(Map.of("DOCKER_HOST", "tcp://10.0.0.5:2375")::get))
                .isTrue();
    }

    @Test
    void rootlessSocketInTheRuntimeDirectoryCounts(@TempDir Path runtime)
            throws Exception {
        Files.createFile(runtime.resolve("docker.sock"));

        assertThat(DockerProbe.dockerEndpointConfigured(Map.of("XDG_RUNTIME_DIR", runtime.toString())::get))
                .isTrue();
    }

    @Test
    void withoutEndpointOrSocketTestcontainersIsNotAsked() {
        Path home = Path.of(System.getProperty("user.home"));
        assumeFalse(Files.exists(Path.of("/var/run/docker.sock")) || Files.exists(Path.of("/run/podman/podman.sock"))
                || Files.exists(home.resolve(".docker")) || Files.exists(home.resolve(".testcontainers.properties")),
                "this machine has a Docker endpoint");

        assertThat(DockerProbe.dockerEngineAnswers(Map.<String, String>of()::get)).isFalse();
    }
}
