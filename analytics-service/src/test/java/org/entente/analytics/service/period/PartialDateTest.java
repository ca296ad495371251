package org.entente.analytics.service.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void precisionFollowsTheWrittenFormWhenNoneIsStated() {
        assertThat(PartialDate.parse("2021", null)).isEqualTo(new PartialDate(LocalDate.of(2021, 1, 1), DatePrecision.YEAR));
        assertThat(PartialDate.parse("2021-03", null))
                .isEqualTo(new PartialDate(LocalDate.of(2021, 3, 1), DatePrecision.MONTH));
        assertThat(PartialDate.parse("2021-03-14", null))
                .isEqualTo(new PartialDate(LocalDate.of(2021, 3, 14), DatePrecision.DAY));
    }

    @Test
    void aStatedPrecisionCoarserThanTheTextWins() {
        assertThat(PartialDate.parse("2021-03-14", "month"))
                .isEqualTo(new PartialDate(LocalDate.of(2021, 3, 1), DatePrecision.MONTH));
        assertThat(PartialDate.parse("2021-03-14", "year"))
                .isEqualTo(new PartialDate(LocalDate.of(2021, 1, 1), DatePrecision.YEAR));
    }

    @Test
    void aStatedPrecisionFinerThanTheTextIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2021", "day"));
    }

    @Test
    void malformedOrImpossibleDatesAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("March 2021", null));
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2021-13", null));
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2021-02-30", null));
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2021-03", "week"));
    }

    @Test
    void aYearOnlyDateFitsTheYearGrainButNoFinerOne() {
        PartialDate year = PartialDate.parse("2021", null);
        assertThat(year.isPlaceableIn(Grain.YEAR)).isTrue();
        assertThat(year.isPlaceableIn(Grain.QUARTER)).isFalse();
        assertThat(year.isPlaceableIn(Grain.MONTH)).isFalse();
        assertThat(PartialDate.parse("2021-05", null).isPlaceableIn(Grain.QUARTER)).isTrue();
    }

    @Test
    void textWritesTheDateAtItsPrecision() {
        assertThat(PartialDate.parse("2021-03-14", "month").text()).isEqualTo("2021-03");
        assertThat(PartialDate.parse("2021-03-14", null).text()).isEqualTo("2021-03-14");
        assertThat(PartialDate.parse("2021", null).text()).isEqualTo("2021");
    }
}
