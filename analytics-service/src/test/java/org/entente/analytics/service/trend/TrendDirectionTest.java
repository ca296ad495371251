package org.entente.analytics.service.trend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrendDirectionTest {

    @Test
    void slopesBeyondTheThresholdImproveOrWorsen() {
        assertThat(TrendDirection.of(0.3, 0.25)).isEqualTo(TrendDirection.IMPROVING);
        assertThat(TrendDirection.of(-0.3, 0.25)).isEqualTo(TrendDirection.WORSENING);
    }

    @Test
    void slopesWithinTheThresholdAreStable() {
        assertThat(TrendDirection.of(0.25, 0.25)).isEqualTo(TrendDirection.STABLE);
        assertThat(TrendDirection.of(-0.1, 0.25)).isEqualTo(TrendDirection.STABLE);
    }

    @Test
    void aZeroThresholdJudgesEveryNonZeroSlope() {
        assertThat(TrendDirection.of(0.01, 0)).isEqualTo(TrendDirection.IMPROVING);
        assertThat(TrendDirection.of(0, 0)).isEqualTo(TrendDirection.STABLE);
    }

    @Test
    void wireNamesAreLowerCase() {
        assertThat(TrendDirection.IMPROVING.wireName()).isEqualTo("improving");
    }
}
