package org.entente.localstack.tools;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class LatencyStatsTest {

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        List<Long> nanos = LongStream.rangeClosed(1, 100).map(ms -> ms * 1_000_000).boxed().toList();

        LatencyStats stats = new LatencyStats(nanos);

        assertThat(stats.percentileMillis(50)).isEqualTo(50.0);
        assertThat(stats.percentileMillis(95)).isEqualTo(95.0);
        assertThat(stats.percentileMillis(99)).isEqualTo(99.0);
        assertThat(stats.maxMillis()).isEqualTo(100.0);
    }

    @Test
    void fewOrNoDurationsGiveTheirOwnValuesOrZero() {
        assertThat(new LatencyStats(List.of(3_000_000L, 1_000_000L)).percentileMillis(50)).isEqualTo(1.0);
        assertThat(new LatencyStats(List.of()).percentileMillis(99)).isZero();
    }
}
