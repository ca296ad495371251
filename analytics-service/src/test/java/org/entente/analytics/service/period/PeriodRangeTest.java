package org.entente.analytics.service.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodRangeTest {

    @Test
    void startsListsEveryPeriodInOrder() {
        PeriodRange range = new PeriodRange(Grain.QUARTER, LocalDate.of(2023, 10, 1), LocalDate.of(2024, 4, 1));
        assertThat(range.starts()).containsExactly(LocalDate.of(2023, 10, 1), LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 4, 1));
        assertThat(range.size()).isEqualTo(3);
    }

    @Test
    void containsOnlyPeriodsBetweenTheBounds() {
        PeriodRange range = new PeriodRange(Grain.MONTH, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1));
        assertThat(range.contains(LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(range.contains(LocalDate.of(2024, 3, 1))).isTrue();
        assertThat(range.contains(LocalDate.of(2023, 12, 1))).isFalse();
        assertThat(range.contains(LocalDate.of(2024, 4, 1))).isFalse();
    }

    @Test
    void boundsMustStartPeriodsAndBeInOrder() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new PeriodRange(Grain.QUARTER, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 4, 1)));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new PeriodRange(Grain.YEAR, LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1)));
    }
}
