package org.entente.localstack;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class InfraHandshakeTest {

    @Test
    void printedLineIsReadBack() {
        InfraHandshake both = new InfraHandshake(Optional.of("127.0.0.1:9092"),
                Optional.of("jdbc:postgresql://127.0.0.1:5432/"));
        InfraHandshake kafkaOnly = new InfraHandshake(Optional.of("127.0.0.1:9092"), Optional.empty());

        assertThat(InfraHandshake.parse(both.format())).contains(both);
        assertThat(InfraHandshake.parse(kafkaOnly.format())).contains(kafkaOnly);
    }

    @Test
    void otherOutputIsNotAHandshake() {
        assertThat(InfraHandshake.parse("10:00:00.000 WARN  [kafka] something")).isEmpty();
        assertThat(InfraHandshake.parse("")).isEmpty();
    }
}
