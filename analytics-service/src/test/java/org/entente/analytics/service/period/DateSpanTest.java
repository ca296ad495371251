package org.entente.analytics.service.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateSpanTest {

    @Test
    void aYearCoversAllItsDays() {
        assertThat(DateSpan.parse("2024")).contains(new DateSpan(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
    }

    @Test
    void aQuarterCoversItsThreeMonths() {
        assertThat(DateSpan.parse("2024-Q2")).contains(new DateSpan(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30)));
        assertThat(DateSpan.parse("2024-Q4"))
                .contains(new DateSpan(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31)));
    }

    @Test
    void aMonthCoversItsDaysIncludingLeapDays() {
        assertThat(DateSpan.parse("2024-02")).contains(new DateSpan(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
    }

    @Test
    void aDayCoversItself() {
        assertThat(DateSpan.parse("2024-03-14"))
                .contains(new DateSpan(LocalDate.of(2024, 3, 14), LocalDate.of(2024, 3, 14)));
    }

    @Test
    void otherTextsAreNotSpans() {
        assertThat(DateSpan.parse("2024-Q5")).isEmpty();
        assertThat(DateSpan.parse("2024-13")).isEmpty();
        assertThat(DateSpan.parse("2023-02-29")).isEmpty();
        assertThat(DateSpan.parse("24")).isEmpty();
        assertThat(DateSpan.parse("last year")).isEmpty();
        assertThat(DateSpan.parse("")).isEmpty();
    }
}
