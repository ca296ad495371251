package org.entente.localstack.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Whether Testcontainers can be used: its classes are on the classpath and a Docker engine answers.
 *
 * <p>Asking Testcontainers directly is slow and logs errors when there is no engine, so it is asked only when a
 * Docker endpoint is configured ({@code DOCKER_HOST}, a Testcontainers properties file) or a Docker or Podman socket
 * exists in one of the usual places.
 */
final class DockerProbe {

    private static final String TESTCONTAINERS_CLASS = "org.testcontainers.DockerClientFactory";

    private DockerProbe() {
    }

    static boolean dockerEngineAnswers(Function<String, String> environment) {
        return testcontainersOnClasspath() && dockerEndpointConfigured(environment)
                && TestcontainersInfra.dockerAvailable();
    }

    static boolean testcontainersOnClasspath() {
        try {
            Class.forName(TESTCONTAINERS_CLASS, false, DockerProbe.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    static boolean dockerEndpointConfigured(Function<String, String> environment) {
        if (notBlank(environment.apply("DOCKER_HOST"))) {
            return true;
        }
        Path home = Path.of(System.getProperty("user.home"));
        String runtimeDir = environment.apply("XDG_RUNTIME_DIR");
        Stream<Path> runtimeSockets = notBlank(runtimeDir)
                ? Stream.of(Path.of(runtimeDir, "docker.sock"), Path.of(runtimeDir, "podman", "podman.sock"))
                : Stream.empty();
        List<Path> candidates = Stream.concat(Stream.of(
                        Path.of("/var/run/docker.sock"),
                        Path.of("/run/podman/podman.sock"),
                        home.resolve(".docker/run/docker.sock"),
                        home.resolve(".docker/desktop/docker.sock"),
                        home.resolve(".testcontainers.properties")),
                runtimeSockets).toList();
        return candidates.stream().anyMatch(Files::exists);
    }

    private static boolean notBlank(String value) {
        return Objects.nonNull(value) && !value.isBlank();
    }
}
