package org.entente.analytics.service.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analytics.service.trend.SeriesFixtures.one;

import java.time.LocalDate;
import java.util.Map;
import org.entente.analytics.service.period.Grain;
import org.entente.analytics.service.period.PeriodRange;
import org.entente.analytics.service.stats.QuadCounts;
import org.junit.jupiter.api.Test;

class ZeroFillTest {

    @Test
    void periodsWithoutEventsArePresentAsZeros() {
        PeriodRange range = new PeriodRange(Grain.MONTH, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 1));
        var series = ZeroFill.fill(range, Map.of(LocalDate.of(2024, 2, 1), one("-10.0")));
        assertThat(series).extracting(PeriodStats::start).containsExactly(LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1));
        assertThat(series).extracting(PeriodStats::counts)
                .containsExactly(QuadCounts.ZERO, one("-10.0"), QuadCounts.ZERO, QuadCounts.ZERO);
    }

    @Test
    void countsOutsideTheRangeAreLeftOut() {
        PeriodRange range = new PeriodRange(Grain.YEAR, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1));
        var series = ZeroFill.fill(range, Map.of(LocalDate.of(2019, 1, 1), one("3.0")));
        assertThat(series).extracting(PeriodStats::counts).containsOnly(QuadCounts.ZERO);
    }
}
