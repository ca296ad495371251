package org.entente.extraction.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.extraction.time.TimeAssertions.dates;
import static org.entente.extraction.time.TimeAssertions.find;
import static org.entente.extraction.time.TimeAssertions.only;

import org.entente.extraction.FuzzyDate;
import org.entente.extraction.time.TimeMention.Kind;
import org.entente.extraction.time.TimeMention.Part;
import org.junit.jupiter.api.Test;

class CalendarDatesTest {

    @Test
    void fullDatesInEveryCommonOrder() {
        assertThat(dates("On 10 February 1973 police raided it.")).containsExactly("1973-02-10");
        assertThat(dates("On February 10, 1973 police raided it.")).containsExactly("1973-02-10");
        assertThat(dates("On Feb. 10, 1973 police raided it.")).containsExactly("1973-02-10");
        assertThat(dates("on the 10th of February 1973")).containsExactly("1973-02-10");
        assertThat(dates("on 3rd Sept 2019 and on Sept. 4 2019")).containsExactly("2019-09-03", "2019-09-04");
        assertThat(dates("by 5 March, 2020")).containsExactly("2020-03-05");
    }

    @Test
    void aWeekdayBeforeADateIsPartOfIt() {
        TimeMention m = only("Ecuador voted on Monday, February 10, 1975.");
        assertThat(m.text()).isEqualTo("Monday, February 10, 1975");
        assertThat(m.date()).isEqualTo(FuzzyDate.ofDay(1975, 2, 10));
    }

    @Test
    void isoAndDottedDates() {
        assertThat(dates("signed 2024-01-29 and 29.01.2024")).containsExactly("2024-01-29", "2024-01-29");
    }

    @Test
    void slashedDatesTakeTheDayFromAPartAboveTwelveAndOnlyTheYearWhenAmbiguous() {
        assertThat(dates("on 29/01/2024")).containsExactly("2024-01-29");
        assertThat(dates("on 01/29/2024")).containsExactly("2024-01-29");
        assertThat(dates("on 2024/01/29")).containsExactly("2024-01-29");
        assertThat(dates("on 03/04/2024")).containsExactly("2024");
        assertThat(dates("on 05/05/2024")).containsExactly("2024-05-05");
    }

    @Test
    void impossibleDaysAreNotDates() {
        assertThat(find("on 30 February 2021 or 2021-13-01 or 31/31/2021")).isEmpty();
    }

    @Test
    void monthAndYear() {
        assertThat(dates("in January 2021, in Jan. 2021, March of 2021 and May, 2022")).containsExactly("2021-01",
                "2021-01", "2021-03", "2022-05");
        assertThat(only("in January 2021").kind()).isEqualTo(Kind.MONTH);
    }

    @Test
    void aPartOfAMonthKeepsTheMonth() {
        TimeMention m = only("hosting the minister in late September 2017");
        assertThat(m.date()).isEqualTo(FuzzyDate.ofMonth(2017, 9));
        assertThat(m.part()).isEqualTo(Part.LATE);
        assertThat(m.text()).isEqualTo("late September 2017");
        assertThat(m.cue()).isEqualTo("in");
        assertThat(only("by mid-September 2017 talks stalled").date()).isEqualTo(FuzzyDate.ofMonth(2017, 9));
    }

    @Test
    void rangesOfDaysAndMonths() {
        TimeMention days = only("talks on 10–12 May 2024 in Quito");
        assertThat(days.kind()).isEqualTo(Kind.RANGE);
        assertThat(days.from()).isEqualTo(FuzzyDate.ofDay(2024, 5, 10));
        assertThat(days.to()).isEqualTo(FuzzyDate.ofDay(2024, 5, 12));
        TimeMention months = only("between January and March 2021 exports fell");
        assertThat(months.from()).isEqualTo(FuzzyDate.ofMonth(2021, 1));
        assertThat(months.to()).isEqualTo(FuzzyDate.ofMonth(2021, 3));
        assertThat(months.date()).isNull();
    }

    @Test
    void yearlessDatesAndMonthsAreRelativeToContext() {
        TimeMention day = only("After the January 29th meeting, trade grew.");
        assertThat(day.kind()).isEqualTo(Kind.DATE);
        assertThat(day.date()).isNull();
        assertThat(day.relative().reference()).isEqualTo(Relative.Reference.CONTEXT);
        assertThat(day.relative().month()).isEqualTo(1);
        assertThat(day.relative().day()).isEqualTo(29);
        TimeMention month = only("Early in January, missiles were fired.");
        assertThat(month.kind()).isEqualTo(Kind.MONTH);
        assertThat(month.part()).isEqualTo(Part.EARLY);
        assertThat(month.relative().month()).isEqualTo(1);
    }

    @Test
    void aBareMonthNeedsACue() {
        assertThat(find("since May the border is open")).hasSize(1);
        assertThat(find("May the two sides agree on it")).isEmpty();
        assertThat(find("the Long March began")).isEmpty();
        assertThat(find("Officials may meet in june")).isEmpty();
    }

    @Test
    void aYearlessDateNamingAnEventIsNotADate() {
        assertThat(find("following the 14 July Revolution")).isEmpty();
        assertThat(find("after the March 23 Resolution")).isEmpty();
    }

    @Test
    void lastThisAndNextWithAMonthOrWeekdayAreRelativeToPublication() {
        TimeMention month = only("Chile protested last January.");
        assertThat(month.relative()).isEqualTo(new Relative(Relative.Reference.PUBLICATION, Relative.Unit.MONTH, -1, 1,
                null, null));
        TimeMention weekday = only("They will meet next Friday.");
        assertThat(weekday.relative().weekday()).isEqualTo(java.time.DayOfWeek.FRIDAY);
        assertThat(weekday.relative().offset()).isEqualTo(1);
    }

    @Test
    void aWeekdayAloneIsRelativeButNotInAName() {
        assertThat(only("Peru said on Friday it would reply.").relative().weekday())
                .isEqualTo(java.time.DayOfWeek.FRIDAY);
        assertThat(only("Peru said Friday it would reply.").relative()).isNotNull();
        assertThat(find("the Good Friday agreement")).isEmpty();
    }

    @Test
    void seasonsAreKnownToTheYear() {
        TimeMention m = only("in the summer of 2019 talks resumed");
        assertThat(m.kind()).isEqualTo(Kind.SEASON);
        assertThat(m.date()).isEqualTo(FuzzyDate.ofYear(2019));
        assertThat(find("the fall of Kabul")).isEmpty();
    }
}
