package org.entente.analytics.service.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analytics.service.trend.SeriesFixtures.events;
import static org.entente.analytics.service.trend.SeriesFixtures.months;
import static org.entente.analytics.service.trend.SeriesFixtures.one;

import org.entente.analytics.service.stats.QuadCounts;
import org.junit.jupiter.api.Test;

class ShiftDetectorTest {

    @Test
    void strikesFollowedByTalksAreTheLargestShifts() {
        var series = months(one("1.0"), events(2, 4, "-10.0"), events(3, 1, "4.0"), events(3, 1, "4.0"));
        var shifts = ShiftDetector.largest(series, 2);
        assertThat(shifts).extracting(Shift::index).containsExactly(2, 1);
        assertThat(shifts.get(0).change()).isEqualByComparingTo("32.0");
        assertThat(shifts.get(1).change()).isEqualByComparingTo("-21.0");
    }

    @Test
    void aBurstOutOfAQuietPeriodIsAShift() {
        var shifts = ShiftDetector.largest(months(QuadCounts.ZERO, events(3, 4, "-10.0")), 3);
        assertThat(shifts).singleElement().extracting(Shift::index).isEqualTo(1);
    }

    @Test
    void unchangedSumsAreNoShift() {
        assertThat(ShiftDetector.largest(months(one("2.0"), one("2.0"), QuadCounts.ZERO, QuadCounts.ZERO), 3))
                .extracting(Shift::index).containsExactly(2);
    }

    @Test
    void equalShiftsListTheLaterFirst() {
        var shifts = ShiftDetector.largest(months(QuadCounts.ZERO, one("5.0"), QuadCounts.ZERO), 2);
        assertThat(shifts).extracting(Shift::index).containsExactly(2, 1);
    }

    @Test
    void aSeriesOfOnePeriodHasNoShift() {
        assertThat(ShiftDetector.largest(months(one("5.0")), 3)).isEmpty();
    }
}
