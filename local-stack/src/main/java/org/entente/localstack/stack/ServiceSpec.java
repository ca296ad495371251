package org.entente.localstack.stack;

import java.nio.file.Path;

/**
 * One service of the stack as a packaged Quarkus application.
 *
 * @param name     its name, e.g. {@code catalog-service}; names its log file
 * @param jar      its runnable jar, e.g. {@code catalog-service/target/quarkus-app/quarkus-run.jar}
 * @param port     its HTTP port
 * @param database its PostgreSQL database, created if missing
 */
public record ServiceSpec(String name, Path jar, int port, String database) {

    /** The module's fast-jar as {@code mvn package} builds it: {@code <repo>/<module>/target/quarkus-app/}. */
    public static ServiceSpec packagedModule(Path repoRoot, String module, int port, String database) {
        return new ServiceSpec(module, repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar"), port,
                database);
    }

    /** The service's base URL on this machine. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }
}
