package org.entente.analytics.service.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GrainTest {

    @Test
    void periodStartIsTheFirstDayOfTheContainingPeriod() {
        LocalDate day = LocalDate.of(2024, 8, 17);
        assertThat(Grain.YEAR.startOf(day)).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(Grain.QUARTER.startOf(day)).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(Grain.MONTH.startOf(day)).isEqualTo(LocalDate.of(2024, 8, 1));
    }

    @Test
    void quartersStartInJanuaryAprilJulyAndOctober() {
        assertThat(Grain.QUARTER.startOf(LocalDate.of(2024, 3, 31))).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(Grain.QUARTER.startOf(LocalDate.of(2024, 4, 1))).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(Grain.QUARTER.startOf(LocalDate.of(2024, 12, 31))).isEqualTo(LocalDate.of(2024, 10, 1));
    }

    @Test
    void nextStepsOnePeriodAcrossYearEnds() {
        assertThat(Grain.MONTH.next(LocalDate.of(2023, 12, 1))).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(Grain.QUARTER.next(LocalDate.of(2023, 10, 1))).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(Grain.YEAR.next(LocalDate.of(2023, 1, 1))).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void labelsNameThePeriod() {
        assertThat(Grain.YEAR.label(LocalDate.of(2024, 1, 1))).isEqualTo("2024");
        assertThat(Grain.QUARTER.label(LocalDate.of(2024, 10, 1))).isEqualTo("2024-Q4");
        assertThat(Grain.MONTH.label(LocalDate.of(2024, 3, 1))).isEqualTo("2024-03");
    }

    @Test
    void countIncludesBothEnds() {
        assertThat(Grain.MONTH.countFromTo(LocalDate.of(2023, 11, 1), LocalDate.of(2024, 2, 1))).isEqualTo(4);
        assertThat(Grain.QUARTER.countFromTo(LocalDate.of(2023, 10, 1), LocalDate.of(2024, 4, 1))).isEqualTo(3);
        assertThat(Grain.YEAR.countFromTo(LocalDate.of(1995, 1, 1), LocalDate.of(2024, 1, 1))).isEqualTo(30);
    }

    @Test
    void quarterAndMonthNeedAtLeastAMonthYearNeedsAYear() {
        assertThat(Grain.YEAR.precisionNeeded()).isEqualTo(DatePrecision.YEAR);
        assertThat(Grain.QUARTER.precisionNeeded()).isEqualTo(DatePrecision.MONTH);
        assertThat(Grain.MONTH.precisionNeeded()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void wireNamesRoundTripAndUnknownNamesAreEmpty() {
        for (Grain grain : Grain.values()) {
            assertThat(Grain.fromWireName(grain.wireName())).contains(grain);
        }
        assertThat(Grain.fromWireName("week")).isEmpty();
        assertThat(Grain.fromWireName("YEAR")).isEmpty();
    }
}
