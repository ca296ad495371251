package org.entente.analytics.service.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.entente.analytics.service.trend.SeriesFixtures.events;
import static org.entente.analytics.service.trend.SeriesFixtures.one;

import java.util.List;
import org.entente.analytics.service.stats.QuadCounts;
import org.junit.jupiter.api.Test;

class TrailingWindowTest {

    @Test
    void eachPositionPoolsTheWindowEndingThere() {
        List<QuadCounts> pooled = TrailingWindow.pooled(List.of(one("1.0"), one("2.0"), one("4.0"), one("8.0")), 2);
        assertThat(pooled.get(0)).isNull();
        assertThat(pooled.get(1).goldsteinSum()).isEqualByComparingTo("3.0");
        assertThat(pooled.get(2).goldsteinSum()).isEqualByComparingTo("6.0");
        assertThat(pooled.get(3).goldsteinSum()).isEqualByComparingTo("12.0");
    }

    @Test
    void positionsBeforeAFullWindowAreNull() {
        List<QuadCounts> pooled = TrailingWindow.pooled(List.of(one("1.0"), one("2.0"), one("3.0")), 3);
        assertThat(pooled).hasSize(3);
        assertThat(pooled.subList(0, 2)).containsOnlyNulls();
        assertThat(pooled.get(2).events()).isEqualTo(3);
    }

    @Test
    void poolingWeighsEveryEventEquallyNotEveryPeriod() {
        List<QuadCounts> pooled = TrailingWindow.pooled(List.of(events(3, 1, "1.0"), one("-10.0")), 2);
        assertThat(WindowAverage.of(pooled.get(1), 2).goldsteinMean()).isEqualTo(-1.75);
        assertThat(WindowAverage.of(pooled.get(1), 2).events()).isEqualTo(2.0);
    }

    @Test
    void emptyPeriodsCountAsZerosInTheWindow() {
        List<QuadCounts> pooled = TrailingWindow.pooled(List.of(QuadCounts.ZERO, QuadCounts.ZERO), 2);
        assertThat(pooled.get(1)).isEqualTo(QuadCounts.ZERO);
        assertThat(WindowAverage.of(pooled.get(1), 2).goldsteinMean()).isNull();
    }

    @Test
    void aWindowMustHoldAPeriod() {
        assertThatIllegalArgumentException().isThrownBy(() -> TrailingWindow.pooled(List.of(), 0));
    }
}
