package org.entente.analytics.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.analytics.service.change.InvalidChangeException;
import org.junit.jupiter.api.Test;

class RetriesTest {

    private final Retries retries = new Retries(2, Duration.ofMillis(1), Duration.ofMillis(2));

    @Test
    void anOutageIsWaitedOutBeyondTheRetryLimit() {
        AtomicInteger tries = new AtomicInteger();
        String result = retries.call("work", () -> {
            if (tries.incrementAndGet() <= 5) {
                throw new IllegalStateException(new SQLException("connection refused", "08001"));
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(tries).hasValue(6);
    }

    @Test
    void anyOtherFailureIsTriedAgainAsOftenAsConfiguredThenThrown() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> retries.call("work", () -> {
            tries.incrementAndGet();
            throw new IllegalStateException(new SQLException("deadlock detected", "40P01"));
        })).isInstanceOf(IllegalStateException.class);
        assertThat(tries).hasValue(3);
    }

    @Test
    void anInvalidChangeIsNeverTriedAgain() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> retries.call("work", () -> {
            tries.incrementAndGet();
            throw new InvalidChangeException("quad is not 1 to 4");
        })).isInstanceOf(InvalidChangeException.class);
        assertThat(tries).hasValue(1);
    }
}
