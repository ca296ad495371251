package org.entente.localstack;

import com.sun.security.auth.module.UnixSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PostgreSQL started by root where user namespaces are not available (as in Docker's default seccomp profile):
 * simulated by a PATH without {@code unshare}, so that zonky cannot use one.
 */
class PostgresAsRootTest {

    private static final List<String> TOOLS = List.of("sh", "id", "setpriv", "env", "sed", "cat", "uname");

    @BeforeAll
    static void onlyAsRoot() {
        assumeTrue(new UnixSystem().getUid() == 0, "only meaningful when the tests run as root");
    }

    @Test
    void serverRunsAsNobodyWhenRootCannotUseAUserNamespace(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String tool : TOOLS) {
            Files.createSymbolicLink(bin.resolve(tool), which(tool));
        }
        Process server = JavaProcesses.start(LocalInfraServer.class, Map.of("PATH", bin.toString()), "--postgres");
        try {
            InfraHandshake ready = JavaProcesses.awaitLine(server, InfraHandshake::parse, Duration.ofMinutes(3));
            String url = JdbcUrls.withDatabase(ready.postgresServerUrl().orElseThrow(), "postgres");

            try (Connection c = DriverManager.getConnection(url, EmbeddedPostgres.SUPERUSER, "");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                assertThat(uidOf(rs.getLong(1))).isEqualTo(65534);
            }
        } finally {
            server.getOutputStream().close();
            server.waitFor(1, TimeUnit.MINUTES);
            for (String tool : TOOLS) {
                Files.delete(bin.resolve(tool));
            }
        }
        assertThat(server.exitValue()).isZero();
    }

    private static Path which(String tool) {
        return Path.of("/usr/bin", tool).toFile().canExecute() ? Path.of("/usr/bin", tool) : Path.of("/bin", tool);
    }

    private static int uidOf(long pid) throws Exception {
        String uidLine = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(line -> line.startsWith("Uid:")).findFirst().orElseThrow();
        return Integer.parseInt(uidLine.split("\\s+")[1]);
    }
}
