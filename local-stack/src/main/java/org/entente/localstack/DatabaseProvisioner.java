package org.entente.localstack;

import org.postgresql.Driver;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Creates roles and databases on a PostgreSQL server, each only if it is missing, through an account allowed to do
 * so. Safe to call from several JVMs at once.
 */
public final class DatabaseProvisioner {

    /** SQLSTATE of CREATE DATABASE when another session created the same database first. */
    private static final String DUPLICATE_DATABASE = "42P04";
    /** SQLSTATE of CREATE ROLE when another session created the same role first. */
    private static final String DUPLICATE_OBJECT = "42710";

    private final String adminUrl;
    private final String user;
    private final String password;

    /**
     * @param serverUrl any JDBC URL of the server; without a database the {@code postgres} database is used
     * @param user      an account that may create databases (and roles, for {@link #ensureRole})
     * @param password  its password
     */
    public DatabaseProvisioner(String serverUrl, String user, String password) {
        this.adminUrl = JdbcUrls.database(serverUrl).isPresent() ? serverUrl
                : JdbcUrls.withDatabase(serverUrl, "postgres");
        this.user = user;
        this.password = password;
    }

    /**
     * Creates a login role with the given password, allowed to create databases, unless a role of that name exists.
     */
    public void ensureRole(String role, String rolePassword) throws SQLException {
        JdbcUrls.requireValidDatabaseName(role);
        try (Connection c = connect()) {
            if (exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
                return;
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE ROLE " + role + " LOGIN CREATEDB PASSWORD '" + rolePassword.replace("'", "''") + "'");
            } catch (SQLException e) {
                ignoreIf(DUPLICATE_OBJECT, e);
            }
        }
    }

    /**
     * Creates a database unless it exists.
     *
     * @param database the database name
     * @param owner    its owner, or {@code null} for the connecting account
     */
    public void ensureDatabase(String database, String owner) throws SQLException {
        JdbcUrls.requireValidDatabaseName(database);
        try (Connection c = connect()) {
            if (exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                return;
            }
            String ownerClause = owner == null ? "" : " OWNER " + JdbcUrls.requireValidDatabaseName(owner);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + database + ownerClause);
            } catch (SQLException e) {
                ignoreIf(DUPLICATE_DATABASE, e);
            }
        }
    }

    private Connection connect() throws SQLException {
        // the driver directly, not DriverManager: under Quarkus' test class loaders DriverManager may not see it
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        if (password != null) {
            credentials.setProperty("password", password);
        }
        return new Driver().connect(adminUrl, credentials);
    }

    private static boolean exists(Connection c, String query, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(query)) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** A concurrent creator won the race: fine. Anything else is rethrown. */
    private static void ignoreIf(String sqlState, SQLException e) throws SQLException {
        if (!sqlState.equals(e.getSQLState())) {
            throw e;
        }
    }
}
