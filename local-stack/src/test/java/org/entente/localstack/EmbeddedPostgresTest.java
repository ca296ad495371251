package org.entente.localstack;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startServer() throws Exception {
        postgres = EmbeddedPostgres.startTemporary(0);
    }

    @AfterAll
    static void stopServer() throws Exception {
        postgres.close();
    }

    @Test
    void createdDatabaseTakesTablesAndRowsFromTheEntenteRole() throws Exception {
        postgres.createDatabase("catalog");

        try (Connection c = connect(postgres.jdbcUrl("catalog")); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE country (code text PRIMARY KEY, name text NOT NULL)");
            s.execute("INSERT INTO country VALUES ('PAK', 'Pakistan')");
            try (ResultSet rs = s.executeQuery("SELECT name, current_user FROM country WHERE code = 'PAK'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Pakistan");
                assertThat(rs.getString(2)).isEqualTo(EmbeddedPostgres.USER);
            }
        }
    }

    @Test
    void creatingAnExistingDatabaseKeepsItsData() throws Exception {
        postgres.createDatabase("ingest");
        try (Connection c = connect(postgres.jdbcUrl("ingest")); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE marker (id int)");
        }

        postgres.createDatabase("ingest");

        assertThat(count(postgres.jdbcUrl("ingest"), "SELECT count(*) FROM marker")).isZero();
    }

    @Test
    void serverListensOnLoopbackOnly() {
        assertThat(postgres.serverJdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + postgres.port() + "/");
    }

    @Test
    void restartOnTheSameDataDirectoryKeepsTheRows(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path log = dir.resolve("postgres.log");
        try (EmbeddedPostgres first = EmbeddedPostgres.start(data, 0, log)) {
            first.createDatabase("analytics");
            try (Connection c = connect(first.jdbcUrl("analytics")); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE balance (amount int)");
                s.execute("INSERT INTO balance VALUES (42)");
            }
        }

        try (EmbeddedPostgres second = EmbeddedPostgres.start(data, 0, log)) {
            assertThat(count(second.jdbcUrl("analytics"), "SELECT amount FROM balance")).isEqualTo(42);
        }
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, EmbeddedPostgres.USER, EmbeddedPostgres.PASSWORD);
    }

    static int count(String url, String query) throws SQLException {
        try (Connection c = connect(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
