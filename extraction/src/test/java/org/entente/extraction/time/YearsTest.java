package org.entente.extraction.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.extraction.time.TimeAssertions.dates;
import static org.entente.extraction.time.TimeAssertions.find;
import static org.entente.extraction.time.TimeAssertions.only;

import org.entente.extraction.FuzzyDate;
import org.entente.extraction.time.TimeMention.Kind;
import org.entente.extraction.time.TimeMention.Part;
import org.junit.jupiter.api.Test;

class YearsTest {

    @Test
    void aYearAfterAPrepositionCarriesItAsCue() {
        TimeMention m = only("Ghana and Togo opened embassies in 1962.");
        assertThat(m.kind()).isEqualTo(Kind.YEAR);
        assertThat(m.date()).isEqualTo(FuzzyDate.ofYear(1962));
        assertThat(m.cue()).isEqualTo("in");
        assertThat(only("Since 2014 they trade.").cue()).isEqualTo("since");
        assertThat(only("until 1988 it lasted").cue()).isEqualTo("until");
    }

    @Test
    void adjectivalAndPossessiveYears() {
        assertThat(dates("the 1967 war with Egypt")).containsExactly("1967");
        assertThat(dates("the 1955 'Baghdad Pact' was signed")).containsExactly("1955");
        assertThat(dates("Chile's 2019 budget")).containsExactly("2019");
        assertThat(dates("2019's budget was small")).containsExactly("2019");
        assertThat(dates("Mensah (2020) says so")).containsExactly("2020");
    }

    @Test
    void aModernYearOpeningASentenceIsAYear() {
        assertThat(dates("2019 saw record trade.")).containsExactly("2019");
        assertThat(dates("1947: independence")).containsExactly("1947");
        assertThat(dates("“2020 was hard,” he said.")).containsExactly("2020");
        assertThat(find("2000 people died.")).isEmpty();
        assertThat(find("1200 troops left.")).isEmpty();
        assertThat(find("1500 left.")).isEmpty();
    }

    @Test
    void yearsInAListAfterACuedYear() {
        assertThat(dates("wars in 1947, 1965 and 1971 and 1999")).containsExactly("1947", "1965", "1971", "1999");
    }

    @Test
    void numbersThatAreNotYears() {
        assertThat(find("They awarded 1,000 scholarships to 40,000 personnel and sent 12 JF-17 jets.")).isEmpty();
        assertThat(find("Exports were $ 66.2 million; under article 40 of the charter.")).isEmpty();
        assertThat(find("a population of 220 million and a border of 900 kilometers")).isEmpty();
        assertThat(find("the 2000 troops in 1500 villages")).isEmpty();
        assertThat(find("Resolution 1373 and flight 1947 and $2019 paid")).isEmpty();
        assertThat(find("in 2000 cases, up 1999 percent")).isEmpty();
        assertThat(find("They counted 1948 ballots.")).isEmpty();
    }

    @Test
    void partsOfYears() {
        TimeMention early = only("in early 2017 the talks began");
        assertThat(early.date()).isEqualTo(FuzzyDate.ofYear(2017));
        assertThat(early.part()).isEqualTo(Part.EARLY);
        assertThat(early.text()).isEqualTo("early 2017");
        assertThat(only("by mid-2017 it ended").part()).isEqualTo(Part.MID);
        assertThat(only("by the end of 2017 it ended").part()).isEqualTo(Part.LATE);
        assertThat(only("by the end of 2017 it ended").text()).isEqualTo("the end of 2017");
    }

    @Test
    void rangesOfYears() {
        for (String text : new String[] {"the war (2013–2017)", "from 2013 to 2017", "between 2013 and 2017",
                "2013-2017 saw war", "in 2013 to 2017"}) {
            TimeMention m = only(text);
            assertThat(m.kind()).as(text).isEqualTo(Kind.RANGE);
            assertThat(m.from()).as(text).isEqualTo(FuzzyDate.ofYear(2013));
            assertThat(m.to()).as(text).isEqualTo(FuzzyDate.ofYear(2017));
            assertThat(m.date()).as(text).isNull();
        }
        assertThat(only("from 1980-88 fighting").to()).isEqualTo(FuzzyDate.ofYear(1988));
        assertThat(only("between 1980 and 1988").cue()).isEqualTo("between");
    }

    @Test
    void aSpanEndingInACountIsNotARange() {
        assertThat(find("between 1500 and 2000 people")).isEmpty();
    }

    @Test
    void splitYearsAreDatedByTheYearTheyStartIn() {
        TimeMention m = only("During 2004–05, hostages were taken.");
        assertThat(m.kind()).isEqualTo(Kind.FISCAL);
        assertThat(m.date()).isEqualTo(FuzzyDate.ofYear(2004));
        assertThat(m.to()).isEqualTo(FuzzyDate.ofYear(2005));
        assertThat(dates("in 2018-19 and 2018/19 and 1999-00")).containsExactly("2018", "2018", "1999");
    }

    @Test
    void fiscalYears() {
        assertThat(dates("in FY19 and FY2019 and FY 2020")).containsExactly("2019", "2019", "2020");
        assertThat(dates("in FY2018-19 and fiscal 2018-19 and fiscal year 2016-17")).containsExactly("2018", "2018",
                "2016");
        assertThat(dates("the financial year 2018/19")).containsExactly("2018");
        assertThat(find("fiscal 2018-19").get(0).kind()).isEqualTo(Kind.FISCAL);
    }

    @Test
    void yearsOfOtherCalendarsAreDatedByTheGregorianYearTheyStartIn() {
        assertThat(dates("in the Iranian year 1396 exports rose")).containsExactly("2017");
        assertThat(dates("in the Iranian fiscal year 1397-98")).containsExactly("2018");
        assertThat(find("in the Iranian fiscal year 1397-98").get(0).kind()).isEqualTo(Kind.FISCAL);
        assertThat(dates("in 1396 SH and 1445 AH and 2080 BS")).containsExactly("2017", "2023", "2023");
        assertThat(find("He said 1396 sh")).isEmpty();
    }

    @Test
    void decadesAndCenturiesHaveSpansButNoDate() {
        TimeMention decade = only("during the 1970s");
        assertThat(decade.kind()).isEqualTo(Kind.DECADE);
        assertThat(decade.date()).isNull();
        assertThat(decade.from()).isEqualTo(FuzzyDate.ofYear(1970));
        assertThat(decade.to()).isEqualTo(FuzzyDate.ofYear(1979));
        assertThat(find("through the 1960s and 1970s")).extracting(TimeMention::kind)
                .containsExactly(Kind.DECADE, Kind.DECADE);
        assertThat(find("in the 1950s and 60s")).extracting(m -> m.from().year()).containsExactly(1950, 1960);
        assertThat(only("in the '80s").from().year()).isEqualTo(1980);
        assertThat(only("in the mid-1990s").part()).isEqualTo(Part.MID);
        TimeMention century = only("the 21st century");
        assertThat(century.kind()).isEqualTo(Kind.CENTURY);
        assertThat(century.from().year()).isEqualTo(2001);
        assertThat(only("in the 1800s").kind()).isEqualTo(Kind.CENTURY);
    }

    @Test
    void ageDecadesAreNotDecades() {
        assertThat(find("officers in their 20s and 60s")).isEmpty();
    }

    @Test
    void eras() {
        TimeMention bce = only("trade dates back to 1800 BCE");
        assertThat(bce.date()).isNull();
        assertThat(bce.text()).isEqualTo("1800 BCE");
        assertThat(dates("around 810 AD and AD 711")).containsExactly("0810", "0711");
    }

    @Test
    void aThreeDigitNumberWithoutEraIsNotAYear() {
        assertThat(find("The rebellion began around 810, when")).isEmpty();
    }
}
