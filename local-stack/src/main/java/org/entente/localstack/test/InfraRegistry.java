package org.entente.localstack.test;

import java.util.Optional;

/**
 * Where the servers of this JVM are, kept in system properties.
 *
 * <p>Quarkus loads test resources in class loaders of their own, so a class with a static field may exist several
 * times in one JVM; system properties exist once. Two slots are kept: the servers this JVM <em>started</em> (reused
 * by every later test class, never started twice) and the servers handed to the <em>last</em> application started
 * (what {@link LocalInfraTestResource}'s static accessors return).
 */
final class InfraRegistry {

    /** Servers this JVM started itself. */
    static final InfraRegistry STARTED = new InfraRegistry("entente.localstack.started.");
    /** Servers given to the application under test most recently. */
    static final InfraRegistry CURRENT = new InfraRegistry("entente.localstack.current.");

    private static final String KAFKA = "kafka.bootstrap-servers";
    private static final String PG_URL = "postgres.url";
    private static final String PG_USER = "postgres.user";
    private static final String PG_PASSWORD = "postgres.password";
    private static final String PG_ADMIN_USER = "postgres.admin-user";
    private static final String PG_ADMIN_PASSWORD = "postgres.admin-password";

    private final String prefix;

    private InfraRegistry(String prefix) {
        this.prefix = prefix;
    }

    Optional<String> kafka() {
        return get(KAFKA);
    }

    void putKafka(String bootstrapServers) {
        System.setProperty(prefix + KAFKA, bootstrapServers);
    }

    Optional<PostgresEndpoint> postgres() {
        return get(PG_URL).map(url -> new PostgresEndpoint(url, get(PG_USER).orElseThrow(),
                get(PG_PASSWORD).orElse(""), get(PG_ADMIN_USER).orElseThrow(), get(PG_ADMIN_PASSWORD).orElse("")));
    }

    void putPostgres(PostgresEndpoint endpoint) {
        System.setProperty(prefix + PG_USER, endpoint.user());
        System.setProperty(prefix + PG_PASSWORD, endpoint.password());
        System.setProperty(prefix + PG_ADMIN_USER, endpoint.adminUser());
        System.setProperty(prefix + PG_ADMIN_PASSWORD, endpoint.adminPassword());
        System.setProperty(prefix + PG_URL, endpoint.serverUrl()); // last: its presence means complete
    }

    private Optional<String> get(String key) {
        return Optional.ofNullable(System.getProperty(prefix + key));
    }
}
