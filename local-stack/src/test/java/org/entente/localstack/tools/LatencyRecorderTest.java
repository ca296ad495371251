package org.entente.localstack.tools;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LatencyRecorderTest {

    private static final long MS = 1_000_000;

    @Test
    void percentilesAreNearestRankOverTheRecordedValues() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (int ms = 100; ms >= 1; ms--) {
            recorder.record(ms * MS);
        }

        LatencyRecorder.LatencySummary summary = recorder.summary();

        assertThat(summary.count()).isEqualTo(100);
        assertThat(summary.p50()).isEqualTo(50.0);
        assertThat(summary.p95()).isEqualTo(95.0);
        assertThat(summary.p99()).isEqualTo(99.0);
        assertThat(summary.max()).isEqualTo(100.0);
        assertThat(summary.mean()).isCloseTo(50.5, within(1e-9));
    }

    @Test
    void aSingleSlowRequestShowsInTheTailNotTheMedian() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (int i = 0; i < 19; i++) {
            recorder.record(2 * MS);
        }
        recorder.record(400 * MS);

        LatencyRecorder.LatencySummary summary = recorder.summary();

        assertThat(summary.p50()).isEqualTo(2.0);
        assertThat(summary.p95()).isEqualTo(2.0);
        assertThat(summary.p99()).isEqualTo(400.0);
        assertThat(summary.max()).isEqualTo(400.0);
        assertThat(summary.mean()).isCloseTo(21.9, within(1e-9));
    }

    @Test
    void percentileOfOneValueIsThatValue() {
        assertThat(LatencyRecorder.percentile(new long[] {7}, 50)).isEqualTo(7);
        assertThat(LatencyRecorder.percentile(new long[] {7}, 99)).isEqualTo(7);
        assertThat(LatencyRecorder.percentile(new long[] {1, 2, 3, 4}, 0)).isEqualTo(1);
    }

    @Test
    void growsBeyondItsInitialCapacityAndMergesOthers() {
        LatencyRecorder one = new LatencyRecorder();
        LatencyRecorder other = new LatencyRecorder();
        for (int i = 1; i <= 3000; i++) {
            one.record(i * MS);
            other.record((3000 + i) * MS);
        }

        one.merge(other);

        assertThat(one.count()).isEqualTo(6000);
        assertThat(one.summary().p50()).isEqualTo(3000.0);
        assertThat(one.summary().max()).isEqualTo(6000.0);
    }

    @Test
    void refusesNegativeLatenciesAndEmptySummaries() {
        LatencyRecorder recorder = new LatencyRecorder();

        assertThatThrownBy(() -> recorder.record(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(recorder::summary).isInstanceOf(IllegalStateException.class);
    }
}
