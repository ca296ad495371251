package org.entente.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForkedInfraTest {

    private static final Duration START = Duration.ofMinutes(3);

    @Test
    void childServesKafkaAndPostgresUntilClosedThenFreesTheirPorts() throws Exception {
        ForkedInfra infra = ForkedInfra.start(List.of("--kafka", "--postgres"));
        int kafkaPort = port(infra.endpoints().kafkaBootstrapServers().orElseThrow());
        int postgresPort = port(infra.endpoints().postgresServerUrl().orElseThrow());
        assertThat(Ports.inUse(kafkaPort)).isTrue();
        assertThat(Ports.inUse(postgresPort)).isTrue();

        infra.close();

        assertThat(infra.isAlive()).isFalse();
        assertThat(Ports.inUse(kafkaPort)).isFalse();
        assertThat(Ports.inUse(postgresPort)).isFalse();
    }

    @Test
    void childAndItsServersDieWhenTheParentIsKilled() throws Exception {
        Process parent = JavaProcesses.start(ForkedInfraParent.class, Map.of(), "--kafka", "--postgres");
        String[] started = JavaProcesses.awaitLine(parent,
                line -> line.startsWith("child ") ? Optional.of(line.split(" ", 3)) : Optional.empty(), START);
        ProcessHandle child = ProcessHandle.of(Long.parseLong(started[1])).orElseThrow();
        InfraHandshake endpoints = InfraHandshake.parse(started[2]).orElseThrow();

        parent.destroyForcibly().waitFor();

        child.onExit().get(2, TimeUnit.MINUTES);
        assertThat(child.isAlive()).isFalse();
        assertThat(Ports.inUse(port(endpoints.kafkaBootstrapServers().orElseThrow()))).isFalse();
        assertThat(Ports.inUse(port(endpoints.postgresServerUrl().orElseThrow()))).isFalse();
    }

    @Test
    void failedStartCarriesTheChildsError() {
        assertThatThrownBy(() -> ForkedInfra.start(List.of("--kafka", "--no-such-option")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("unknown argument: --no-such-option");
    }

    @Test
    void postgresLeftRunningByAKilledProcessIsStoppedWhenTheDataDirectoryIsStartedAgain(@TempDir Path dir)
            throws Exception {
        ForkedInfra killed = ForkedInfra.start(List.of("--postgres", "--data-dir", dir.toString(),
                "--log-dir", dir.toString()));
        String firstUrl = killed.endpoints().postgresServerUrl().orElseThrow();
        try (Connection c = DriverManager.getConnection(JdbcUrls.withDatabase(firstUrl, "postgres"),
                EmbeddedPostgres.SUPERUSER, ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE survivor (id int)");
            s.execute("INSERT INTO survivor VALUES (7)");
        }
        ProcessHandle.of(killed.pid()).orElseThrow().destroyForcibly();
        killed.close();
        assertThat(Ports.inUse(port(firstUrl))).as("the orphaned server still listens").isTrue();

        try (EmbeddedPostgres restarted = EmbeddedPostgres.start(dir.resolve("postgres"), 0,
                dir.resolve("postgres.log"));
             Connection c = DriverManager.getConnection(restarted.jdbcUrl("postgres"), EmbeddedPostgres.SUPERUSER,
                     ""); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM survivor")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(7);
            assertThat(Ports.inUse(port(firstUrl))).as("the orphaned server was stopped").isFalse();
        }
    }

    private static int port(String address) {
        String hostAndPort = address.startsWith("jdbc:") ? URI.create(address.substring(5)).getAuthority() : address;
        return Integer.parseInt(hostAndPort.substring(hostAndPort.lastIndexOf(':') + 1));
    }
}
