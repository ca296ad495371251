package org.entente.analytics.service.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.entente.analytics.service.period.Grain;
import org.entente.analytics.service.period.PartialDate;
import org.junit.jupiter.api.Test;

class EventContributionTest {

    private static EventContribution on(String date) {
        return new EventContribution("IRN-PAK", date == null ? null : PartialDate.parse(date, null), 4,
                new BigDecimal("-10.00"));
    }

    @Test
    void aDayDatedEventCountsInItsYearQuarterAndMonth() {
        assertThat(on("2024-01-16").buckets()).containsExactly(
                StatsKey.period("IRN-PAK", Grain.YEAR, LocalDate.of(2024, 1, 1), true),
                StatsKey.period("IRN-PAK", Grain.QUARTER, LocalDate.of(2024, 1, 1), true),
                StatsKey.period("IRN-PAK", Grain.MONTH, LocalDate.of(2024, 1, 1), true));
    }

    @Test
    void aMonthDatedEventIsPreciseForEveryGrain() {
        assertThat(on("2024-08").buckets()).containsExactly(
                StatsKey.period("IRN-PAK", Grain.YEAR, LocalDate.of(2024, 1, 1), true),
                StatsKey.period("IRN-PAK", Grain.QUARTER, LocalDate.of(2024, 7, 1), true),
                StatsKey.period("IRN-PAK", Grain.MONTH, LocalDate.of(2024, 8, 1), true));
    }

    @Test
    void aYearDatedEventIsImpreciseForQuarterAndMonth() {
        assertThat(on("2024").buckets()).containsExactly(
                StatsKey.period("IRN-PAK", Grain.YEAR, LocalDate.of(2024, 1, 1), true),
                StatsKey.period("IRN-PAK", Grain.QUARTER, LocalDate.of(2024, 1, 1), false),
                StatsKey.period("IRN-PAK", Grain.MONTH, LocalDate.of(2024, 1, 1), false));
    }

    @Test
    void anUndatedEventCountsOnlyInTheUndatedBucket() {
        assertThat(on(null).buckets()).containsExactly(StatsKey.undated("IRN-PAK"));
    }

    @Test
    void countsAreOneEventOfItsQuadAndWeight() {
        assertThat(on("2024").counts()).isEqualTo(new QuadCounts(0, 0, 0, 1, new BigDecimal("-10.00")));
    }
}
