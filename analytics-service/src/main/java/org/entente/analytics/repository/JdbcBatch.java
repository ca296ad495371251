package org.entente.analytics.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** A JDBC batch of one statement, prepared on first use and executed (in one round trip) on close. */
final class JdbcBatch implements AutoCloseable {

    private final Connection connection;
    private final String sql;
    private PreparedStatement statement;

    JdbcBatch(Connection connection, String sql) {
        this.connection = connection;
        this.sql = sql;
    }

    /** Adds one execution with {@code parameters} bound in order. */
    void add(Object... parameters) throws SQLException {
        if (statement == null) {
            statement = connection.prepareStatement(sql);
        }
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        statement.addBatch();
    }

    @Override
    public void close() throws SQLException {
        if (statement != null) {
            try (PreparedStatement toClose = statement) {
                toClose.executeBatch();
            }
        }
    }
}
