package org.entente.localstack.tools;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IngestBenchOptionsTest {

    @Test
    void defaultsAreSixtySecondsAndEightClientsAfterAMinuteOfWarmUp() {
        IngestBenchOptions options = IngestBenchOptions.parse(List.of());

        assertThat(options.seconds()).isEqualTo(60);
        assertThat(options.concurrency()).isEqualTo(8);
        assertThat(options.warmupSeconds()).isEqualTo(60);
        assertThat(options.command())
                .isEqualTo("./entente bench ingest --seconds 60 --concurrency 8 --warmup-seconds 60");
    }

    @Test
    void givenValuesAreUsedAndBadOnesRefused() {
        assertThat(IngestBenchOptions.parse(List.of("--seconds", "90", "--concurrency", "16")).command())
                .isEqualTo("./entente bench ingest --seconds 90 --concurrency 16 --warmup-seconds 60");
        assertThat(IngestBenchOptions.parse(List.of("--warmup-seconds", "0")).warmupSeconds()).isZero();
        assertThatThrownBy(() -> IngestBenchOptions.parse(List.of("--warmup-seconds", "-1")))
                .isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> IngestBenchOptions.parse(List.of("--seconds", "0"))).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> IngestBenchOptions.parse(List.of("--concurrency", "x"))).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> IngestBenchOptions.parse(List.of("--fast"))).isInstanceOf(UsageException.class);
    }
}
