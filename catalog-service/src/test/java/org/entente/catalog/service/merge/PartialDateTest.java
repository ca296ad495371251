package org.entente.catalog.service.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void parsesEachPrecisionToTheIntervalItCovers() {
        PartialDate year = PartialDate.parse("2020");
        PartialDate month = PartialDate.parse("2020-02");
        PartialDate day = PartialDate.parse("2020-02-29");

        assertThat(year.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(year.end()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(month.start()).isEqualTo(LocalDate.of(2020, 2, 1));
        assertThat(month.end()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(day.start()).isEqualTo(day.end());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1648", "2021-03", "2021-03-14", "0999"})
    void printsBackWhatItParsed(String text) {
        assertThat(PartialDate.parse(text)).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"21", "2021-3", "2021-13", "2021-02-30", "2021/03/14", "March 2021", "", "2021-03-14T10:00"})
    void rejectsTextThatIsNotAPartialIsoDate(String text) {
        assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> PartialDate.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
            "2021-03-14, 2021-03-14, true",
            "2021-03-14, 2021-03-15, false",
            "2021-03-14, 2021-03, true",
            "2021-03, 2021-03-31, true",
            "2021-04-01, 2021-03, false",
            "2021-03, 2021-04, false",
            "2021, 2021-03-14, true",
            "2021, 2021-12, true",
            "2021, 2022-01-01, false",
            "2021, 2021, true",
            "2020, 2021, false"})
    void datesAreCompatibleWhenOneContainsTheOther(String a, String b, boolean compatible) {
        PartialDate first = PartialDate.parse(a);
        PartialDate second = PartialDate.parse(b);

        assertThat(first.compatibleWith(second)).isEqualTo(compatible);
        assertThat(second.compatibleWith(first)).isEqualTo(compatible);
    }

    @Test
    void twoUnknownDatesAreCompatible() {
        assertThat(PartialDate.compatible(null, null)).isTrue();
    }

    @Test
    void anUnknownDateIsNotCompatibleWithAKnownOne() {
        PartialDate year = PartialDate.parse("2021");

        assertThat(PartialDate.compatible(null, year)).isFalse();
        assertThat(PartialDate.compatible(year, null)).isFalse();
    }

    @Test
    void finerPicksTheMorePreciseDate() {
        PartialDate month = PartialDate.parse("2021-03");
        PartialDate day = PartialDate.parse("2021-03-14");

        assertThat(month.finer(day)).isEqualTo(day);
        assertThat(day.finer(month)).isEqualTo(day);
    }

    @Test
    void chronologicalOrderPutsAYearBeforeItsFirstMonth() {
        PartialDate year = PartialDate.parse("2021");
        PartialDate january = PartialDate.parse("2021-01");

        assertThat(PartialDate.CHRONOLOGICAL.compare(year, january)).isNegative();
    }
}
