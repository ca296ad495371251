package org.entente.extraction.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.extraction.time.TimeAssertions.find;
import static org.entente.extraction.time.TimeAssertions.only;

import org.entente.extraction.time.Relative.Reference;
import org.entente.extraction.time.Relative.Unit;
import org.entente.extraction.time.TimeMention.Kind;
import org.junit.jupiter.api.Test;

class RelativeExpressionsTest {

    @Test
    void publicationRelativePhrases() {
        assertThat(only("Trade fell last year.").relative()).isEqualTo(Relative.shift(Reference.PUBLICATION, Unit.YEAR, -1));
        assertThat(only("Talks start next month.").relative()).isEqualTo(Relative.shift(Reference.PUBLICATION, Unit.MONTH, 1));
        assertThat(only("They met yesterday.").relative()).isEqualTo(Relative.shift(Reference.PUBLICATION, Unit.DAY, -1));
        assertThat(only("Kenya is currently the largest buyer.").relative().unit()).isEqualTo(Unit.YEAR);
        assertThat(only("At the present time, ties are poor.").text()).isEqualTo("At the present time");
        assertThat(only("The beginning of this year was tense.").part()).isEqualTo(TimeMention.Part.EARLY);
        assertThat(only("The minister travelled to Quito over the weekend.").relative())
                .isEqualTo(Relative.shift(Reference.PUBLICATION, Unit.WEEK, 0));
        assertThat(only("They met last weekend.").relative())
                .isEqualTo(Relative.shift(Reference.PUBLICATION, Unit.WEEK, -1));
    }

    @Test
    void narrativeRelativePhrases() {
        assertThat(only("The following year, Peru withdrew.").relative())
                .isEqualTo(Relative.shift(Reference.NARRATIVE, Unit.YEAR, 1));
        assertThat(only("Later that year, Peru withdrew.").relative())
                .isEqualTo(Relative.shift(Reference.NARRATIVE, Unit.YEAR, 0));
        assertThat(only("In the same month, Peru withdrew.").relative().unit()).isEqualTo(Unit.MONTH);
        assertThat(only("India was at that time an ally.").relative().unit()).isEqualTo(Unit.ANCHOR);
    }

    @Test
    void countedExpressions() {
        assertThat(only("Two years later, Peru withdrew.").relative())
                .isEqualTo(Relative.shift(Reference.NARRATIVE, Unit.YEAR, 2));
        assertThat(only("three months ago the border closed").relative())
                .isEqualTo(Relative.shift(Reference.PUBLICATION, Unit.MONTH, -3));
        assertThat(only("10 days earlier they had met").relative())
                .isEqualTo(Relative.shift(Reference.NARRATIVE, Unit.DAY, -10));
        assertThat(only("they met a week before.").relative().offset()).isEqualTo(-1);
        assertThat(only("twenty-five years ago they met").relative().offset()).isEqualTo(-25);
    }

    @Test
    void indefiniteOrDecadeCountsGiveNoDate() {
        assertThat(only("a few years ago they met").kind()).isEqualTo(Kind.VAGUE);
        assertThat(only("two decades ago they met").kind()).isEqualTo(Kind.VAGUE);
    }

    @Test
    void periodsAndVagueExpressions() {
        assertThat(only("Over the past two decades officials travelled.").kind()).isEqualTo(Kind.PERIOD);
        TimeMention period = only("In the last two years, signs emerged.");
        assertThat(period.kind()).isEqualTo(Kind.PERIOD);
        assertThat(period.cue()).isEqualTo("in");
        assertThat(only("in the past few years ties grew").kind()).isEqualTo(Kind.PERIOD);
        assertThat(only("for 20 years they traded").kind()).isEqualTo(Kind.PERIOD);
        assertThat(only("Kenya had resisted the plan for years.").kind()).isEqualTo(Kind.PERIOD);
        assertThat(only("Over the years the two navies trained together.").kind()).isEqualTo(Kind.PERIOD);
        assertThat(only("Ties have grown in recent years.").kind()).isEqualTo(Kind.VAGUE);
        assertThat(only("Ties have recently grown.").kind()).isEqualTo(Kind.VAGUE);
        assertThat(only("In the past, ties were cold.").kind()).isEqualTo(Kind.VAGUE);
        assertThat(find("In the past few years and recently")).extracting(TimeMention::kind)
                .containsExactly(Kind.PERIOD, Kind.VAGUE);
    }

    @Test
    void wordsThatOnlyLookRelativeAreLeftAlone() {
        assertThat(find("The last two ministers met the next day.")).extracting(TimeMention::text)
                .containsExactly("the next day");
        assertThat(find("two sides and three months of talks")).isEmpty();
    }
}
