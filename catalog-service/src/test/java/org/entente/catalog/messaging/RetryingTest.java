package org.entente.catalog.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.catalog.service.InvalidFactException;
import org.junit.jupiter.api.Test;

class RetryingTest {

    private final Retrying retrying = new Retrying(2, Duration.ofMillis(1), Duration.ofMillis(4));

    @Test
    void aFailureIsRetriedUpToTheLimitThenThrown() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> retrying.run("work", () -> {
            tries.incrementAndGet();
            throw new IllegalStateException("constraint violated");
        })).hasMessage("constraint violated");
        assertThat(tries).hasValue(3);
    }

    @Test
    void anUnreachableDatabaseIsWaitedOutBeyondTheLimit() {
        AtomicInteger tries = new AtomicInteger();
        String result = retrying.run("work", () -> {
            if (tries.incrementAndGet() < 10) {
                throw new IllegalStateException("could not commit",
                        new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
            }
            return "applied";
        });
        assertThat(result).isEqualTo("applied");
        assertThat(tries).hasValue(10);
    }

    @Test
    void aFactThatBreaksTheContractIsNotRetried() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> retrying.run("work", () -> {
            tries.incrementAndGet();
            throw new InvalidFactException("event.quad must be 1 to 4", null);
        })).isInstanceOf(InvalidFactException.class);
        assertThat(tries).hasValue(1);
    }

    @Test
    void serverShutdownCountsAsAnOutageAndAConstraintViolationDoesNot() {
        assertThat(Retrying.isDatabaseOutage(new RuntimeException(new SQLException("terminating", "57P01"))))
                .isTrue();
        assertThat(Retrying.isDatabaseOutage(new RuntimeException(new SQLException("duplicate key", "23505"))))
                .isFalse();
    }
}
