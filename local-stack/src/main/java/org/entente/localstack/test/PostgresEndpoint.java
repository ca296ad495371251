package org.entente.localstack.test;

import org.entente.localstack.DatabaseProvisioner;
import org.entente.localstack.JdbcUrls;

import java.sql.SQLException;

/**
 * A PostgreSQL server as the tests see it: where it is, the account the service connects with, and the account
 * that creates the service's database.
 *
 * @param serverUrl     a JDBC URL of the server; its database, if any, is replaced by the service's
 * @param user          the service's account
 * @param password      its password
 * @param adminUser     an account allowed to create databases (may be the same)
 * @param adminPassword its password
 */
public record PostgresEndpoint(String serverUrl, String user, String password, String adminUser, String adminPassword) {

    /** The JDBC URL of one database on this server. */
    String jdbcUrl(String database) {
        return JdbcUrls.withDatabase(serverUrl, database);
    }

    /** Creates the database, owned by the service's account, unless it exists. */
    void ensureDatabase(String database) throws SQLException {
        String owner = user.equals(adminUser) ? null : user;
        new DatabaseProvisioner(serverUrl, adminUser, adminPassword).ensureDatabase(database, owner);
    }
}
