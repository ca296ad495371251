package org.entente.localstack.stack;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The options of {@code ./entente up}. A port comes from its option, else its environment variable, else its
 * default.
 *
 * @param repoRoot     the repository: service jars, samples, and {@code .entente/} are found from it
 * @param dataDir      persistent Kafka and PostgreSQL data
 * @param reset        whether to delete the data first
 * @param ingestPort   ingest-service's HTTP port
 * @param catalogPort  catalog-service's HTTP port
 * @param analyticsPort analytics-service's HTTP port
 * @param kafkaPort    Kafka's port
 * @param postgresPort PostgreSQL's port
 * @param help         whether only the usage was asked for
 */
public record LauncherOptions(Path repoRoot, Path dataDir, boolean reset, int ingestPort, int catalogPort,
                              int analyticsPort, int kafkaPort, int postgresPort, boolean help) {

    /** The usage text. */
    public static final String USAGE = """
            usage: ./entente up [--reset] [--ingest-port N] [--catalog-port N] [--analytics-port N]
                                [--kafka-port N] [--postgres-port N] [--data-dir DIR] [--repo DIR]

              Starts PostgreSQL, Kafka and the three services on this machine, loads samples/articles and
              prints where everything is. Ctrl-C stops everything.

              --reset            delete the data of earlier runs (.entente/data) first
              --ingest-port N    default 8081, or ENTENTE_INGEST_PORT
              --catalog-port N   default 8082, or ENTENTE_CATALOG_PORT
              --analytics-port N default 8083, or ENTENTE_ANALYTICS_PORT
              --kafka-port N     default 9092, or ENTENTE_KAFKA_PORT
              --postgres-port N  default 5432, or ENTENTE_POSTGRES_PORT
              --data-dir DIR     default <repo>/.entente/data
              --repo DIR         the Entente repository, default the current directory
            """;

    /** Parses the command line against the given environment. */
    public static LauncherOptions parse(List<String> args, Map<String, String> environment) {
        Path repo = Path.of("").toAbsolutePath();
        Path dataDir = null;
        boolean reset = false;
        boolean help = false;
        Map<String, Integer> ports = new HashMap<>(Map.of(
                "ingest", port(environment, "ENTENTE_INGEST_PORT", 8081),
                "catalog", port(environment, "ENTENTE_CATALOG_PORT", 8082),
                "analytics", port(environment, "ENTENTE_ANALYTICS_PORT", 8083),
                "kafka", port(environment, "ENTENTE_KAFKA_PORT", 9092),
                "postgres", port(environment, "ENTENTE_POSTGRES_PORT", 5432)));
        Deque<String> rest = new ArrayDeque<>(args);
        while (!rest.isEmpty()) {
            String arg = rest.pop();
            switch (arg) {
                case "--reset" -> reset = true;
                case "--help", "-h" -> help = true;
                case "--repo" -> repo = Path.of(value(arg, rest)).toAbsolutePath();
                case "--data-dir" -> dataDir = Path.of(value(arg, rest)).toAbsolutePath();
                case "--ingest-port", "--catalog-port", "--analytics-port", "--kafka-port", "--postgres-port" ->
                        ports.put(arg.substring(2, arg.length() - "-port".length()), parsePort(arg, value(arg, rest)));
                default -> throw new IllegalArgumentException("unknown option: " + arg);
            }
        }
        return new LauncherOptions(repo.normalize(), dataDir == null ? repo.resolve(".entente/data") : dataDir,
                reset, ports.get("ingest"), ports.get("catalog"), ports.get("analytics"), ports.get("kafka"),
                ports.get("postgres"), help);
    }

    /** Where the services' and PostgreSQL's logs go. */
    public Path logDir() {
        return repoRoot.resolve(".entente/logs");
    }

    /** The three services with their ports and databases. */
    public List<ServiceSpec> services() {
        return List.of(
                ServiceSpec.packagedModule(repoRoot, "ingest-service", ingestPort, "ingest"),
                ServiceSpec.packagedModule(repoRoot, "catalog-service", catalogPort, "catalog"),
                ServiceSpec.packagedModule(repoRoot, "analytics-service", analyticsPort, "analytics"));
    }

    private static int port(Map<String, String> environment, String variable, int fallback) {
        String value = environment.get(variable);
        return value == null || value.isBlank() ? fallback : parsePort(variable, value.trim());
    }

    private static int parsePort(String name, String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException(name + ": not a port: " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not a port: " + value, e);
        }
    }

    private static String value(String option, Deque<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.pop();
    }
}
