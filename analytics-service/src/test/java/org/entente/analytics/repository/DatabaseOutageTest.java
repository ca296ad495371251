package org.entente.analytics.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void connectionFailuresAndServerShutdownsAreOutages() {
        assertThat(DatabaseOutage.isCauseOf(new JDBCConnectionException("lost", new SQLException("x")))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
        assertThat(DatabaseOutage.isCauseOf(new RuntimeException(new SQLException("shutdown", "57P01")))).isTrue();
    }

    @Test
    void refusedStatementsAreNotOutages() {
        assertThat(DatabaseOutage.isCauseOf(new RuntimeException(new SQLException("bad byte", "22021")))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new RuntimeException(new SQLException("deadlock", "40P01")))).isFalse();
        assertThat(DatabaseOutage.isCauseOf(new RuntimeException("no cause"))).isFalse();
    }
}
