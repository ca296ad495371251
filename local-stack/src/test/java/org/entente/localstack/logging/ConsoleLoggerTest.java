package org.entente.localstack.logging;

import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleLoggerTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ConsoleLogger logger = new ConsoleLogger("kafka.server.BrokerServer", Level.WARN,
            new PrintStream(bytes, true, StandardCharsets.UTF_8));

    @Test
    void eventsBelowTheThresholdAreDropped() {
        logger.info("started broker {}", 1);
        logger.debug("detail");

        assertThat(output()).isEmpty();
        assertThat(logger.isInfoEnabled()).isFalse();
    }

    @Test
    void eventsAtOrAboveTheThresholdArePrintedWithArgumentsAndStackTrace() {
        logger.warn("broker {} lost {}", 1, "its controller");
        logger.error("failed", new IllegalStateException("boom"));

        assertThat(output())
                .contains("WARN  [kafka.server.BrokerServer] broker 1 lost its controller")
                .contains("ERROR [kafka.server.BrokerServer] failed")
                .contains("java.lang.IllegalStateException: boom");
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
