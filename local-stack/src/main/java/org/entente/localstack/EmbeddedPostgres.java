package org.entente.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * A real PostgreSQL server (zonky's embedded binaries, linux-amd64) listening on 127.0.0.1, with a login role
 * {@value #USER} (password {@value #PASSWORD}) that may create databases and owns those created through
 * {@link #createDatabase}. The server trusts every loopback connection: it is for tests and one developer machine.
 *
 * <p>Works when the JVM runs as root: zonky then runs PostgreSQL in a user namespace, or, where those are not
 * allowed, {@link PostgresAsRoot} runs it as user {@code nobody}. A persistent data directory is initialised on
 * first start and reused afterwards; a server left running by a launcher that was killed is stopped first.
 * {@link #startTemporary(int)} uses a temporary directory that {@link #close()} deletes.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    /** The role the services connect as. */
    public static final String USER = "entente";
    /** Its password. */
    public static final String PASSWORD = "entente";

    /** The superuser, which creates roles and databases (no password: the server trusts loopback). */
    public static final String SUPERUSER = "postgres";
    private static final String HOST = "127.0.0.1";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);
    private static final int LOG_LINES_IN_ERRORS = 30;

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private final Path temporaryRoot;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, Path temporaryRoot) {
        this.server = server;
        this.temporaryRoot = temporaryRoot;
    }

    /**
     * Starts a server on a persistent data directory, initialising it when it is new.
     *
     * @param dataDir the cluster directory; created if missing
     * @param port    the port, or 0 for a free one
     * @param logFile where the server writes its log (appended)
     * @return the running server, with the {@value #USER} role in place
     */
    public static EmbeddedPostgres start(Path dataDir, int port, Path logFile) throws IOException, SQLException {
        Ports.requireFree(port, "PostgreSQL", null);
        Path data = dataDir.toAbsolutePath();
        Files.createDirectories(data);
        StalePostmaster.stopIfOrphaned(data);
        return start(data, port, logFile.toAbsolutePath(), null);
    }

    /** Starts a server on a temporary data directory that {@link #close()} deletes; port 0 picks a free one. */
    public static EmbeddedPostgres startTemporary(int port) throws IOException, SQLException {
        Ports.requireFree(port, "PostgreSQL", null);
        Path root = Files.createTempDirectory("entente-postgres");
        // the server may run as another user (see PostgresAsRoot), who must be able to enter this directory
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        return start(root.resolve("data"), port, root.resolve("postgres.log"), root);
    }

    private static EmbeddedPostgres start(Path dataDir, int port, Path logFile, Path temporaryRoot)
            throws IOException, SQLException {
        Files.createDirectories(logFile.getParent());
        var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(temporaryRoot != null)
                .setPort(Ports.orFree(port))
                .setPGStartupWait(STARTUP_TIMEOUT)
                .setServerConfig("listen_addresses", HOST)
                .setServerConfig("unix_socket_directories", "")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        if (PostgresAsRoot.isNeeded()) {
            PostgresAsRoot.prepareDataDirectory(dataDir);
            builder.setPgBinaryResolver(PostgresAsRoot.resolver())
                    .setOverrideWorkingDirectory(PostgresAsRoot.zonkyWorkingDirectory().toFile());
        }
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
        try {
            server = builder.start();
        } catch (IOException | IllegalStateException e) {
            // zonky reports "process failed"; the reason is in the server's own output
            throw new IllegalStateException("PostgreSQL did not start (data directory " + dataDir + "). Last lines of "
                    + logFile + ":\n" + tail(logFile), e);
        }
        EmbeddedPostgres postgres = new EmbeddedPostgres(server, temporaryRoot);
        postgres.provisioner().ensureRole(USER, PASSWORD);
        return postgres;
    }

    private static String tail(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "(no log)";
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_IN_ERRORS), lines.size()));
    }

    /** Creates the database, owned by {@value #USER}, unless it exists. */
    public void createDatabase(String database) throws SQLException {
        provisioner().ensureDatabase(database, USER);
    }

    private DatabaseProvisioner provisioner() {
        return new DatabaseProvisioner(serverJdbcUrl(), SUPERUSER, "");
    }

    /** The server's URL without a database, e.g. {@code jdbc:postgresql://127.0.0.1:5432/}. */
    public String serverJdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + port() + "/";
    }

    /** The JDBC URL of one database. */
    public String jdbcUrl(String database) {
        return JdbcUrls.withDatabase(serverJdbcUrl(), database);
    }

    /** The port the server listens on. */
    public int port() {
        return server.getPort();
    }

    /** Stops the server ({@code pg_ctl stop -m fast}) and, for a temporary server, deletes its directory. */
    @Override
    public void close() throws IOException {
        server.close();
        if (temporaryRoot != null) {
            Directories.deleteRecursively(temporaryRoot);
        }
    }
}
