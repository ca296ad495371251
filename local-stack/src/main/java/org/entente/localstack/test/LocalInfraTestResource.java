package org.entente.localstack.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.entente.localstack.JdbcUrls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Function;

/**
 * The one Quarkus test resource of the Entente services: real Kafka and PostgreSQL for {@code @QuarkusTest}s and
 * {@code @QuarkusIntegrationTest}s.
 *
 * <pre>{@code
 * @QuarkusTest
 * @WithTestResource(value = LocalInfraTestResource.class,
 *         initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "catalog"))
 * class CatalogResourceTest { ... }
 * }</pre>
 *
 * <p>Each server is taken, in this order, from the environment ({@code ENTENTE_KAFKA_BOOTSTRAP};
 * {@code ENTENTE_JDBC_URL} with {@code ENTENTE_JDBC_USER} and {@code ENTENTE_JDBC_PASSWORD}, default
 * {@code entente}/{@code entente}), from Testcontainers when its classes are on the test classpath and a Docker
 * engine answers, or from the embedded servers of this module, started in a child JVM. Servers are started once per
 * test JVM, however many test classes use the resource, and stop when the JVM ends. The database named by the
 * {@value #DATABASE} argument is created if missing.
 *
 * <p>The application gets {@code kafka.bootstrap.servers}, {@code quarkus.datasource.jdbc.url},
 * {@code quarkus.datasource.username}, {@code quarkus.datasource.password} and
 * {@code quarkus.devservices.enabled=false}. Tests reach the same servers through the static accessors (for their own
 * producers, consumers and JDBC checks) or by injecting that configuration.
 *
 * <p>Dev Services must also be off in the service's {@code application.properties}: Quarkus starts them while
 * building the application, before any test resource runs.
 */
public class LocalInfraTestResource implements QuarkusTestResourceLifecycleManager {

    /** The init argument naming the service's database, e.g. {@code catalog}. */
    public static final String DATABASE = "database";

    private final Function<String, String> environment;
    private String database;

    /** The resource as Quarkus creates it, reading the process environment. */
    public LocalInfraTestResource() {
        this(System::getenv);
    }

    /** A resource reading the given environment instead of the process'. */
    LocalInfraTestResource(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        String name = initArgs.get(DATABASE);
        if (name == null) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " needs the init argument @ResourceArg("
                    + "name = \"" + DATABASE + "\", value = \"<the service's database>\")");
        }
        database = JdbcUrls.requireValidDatabaseName(name);
    }

    @Override
    public Map<String, String> start() {
        if (database == null) {
            init(Map.of());
        }
        try {
            SharedInfra.Endpoints endpoints = SharedInfra.obtain(environment);
            endpoints.postgres().ensureDatabase(database);
            return Map.of(
                    "kafka.bootstrap.servers", endpoints.kafkaBootstrapServers(),
                    "quarkus.datasource.jdbc.url", endpoints.postgres().jdbcUrl(database),
                    "quarkus.datasource.username", endpoints.postgres().user(),
                    "quarkus.datasource.password", endpoints.postgres().password(),
                    "quarkus.devservices.enabled", "false");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start Kafka/PostgreSQL for the tests", e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the database '" + database + "'", e);
        }
    }

    /** Does nothing: the servers serve every test class of the JVM and stop with it. */
    @Override
    public void stop() {
        // servers are shared by the whole test JVM; SharedInfra stops them when it ends
    }

    /** The bootstrap servers given to the application most recently started with this resource. */
    public static String kafkaBootstrapServers() {
        return InfraRegistry.CURRENT.kafka().orElseThrow(LocalInfraTestResource::notStarted);
    }

    /** The JDBC URL of a database on the PostgreSQL server given to the application most recently started. */
    public static String jdbcUrl(String database) {
        return current().jdbcUrl(database);
    }

    /** The user name the application connects with. */
    public static String jdbcUsername() {
        return current().user();
    }

    /** The password the application connects with. */
    public static String jdbcPassword() {
        return current().password();
    }

    private static PostgresEndpoint current() {
        return InfraRegistry.CURRENT.postgres().orElseThrow(LocalInfraTestResource::notStarted);
    }

    private static IllegalStateException notStarted() {
        return new IllegalStateException("no application was started with " + LocalInfraTestResource.class
                .getSimpleName() + " yet");
    }
}
