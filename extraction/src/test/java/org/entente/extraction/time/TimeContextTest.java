package org.entente.extraction.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.entente.extraction.FuzzyDate;
import org.entente.extraction.PublicationDate;
import org.entente.extraction.text.Sentence;
import org.entente.extraction.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

class TimeContextTest {

    private final TimeFinder finder = new TimeFinder();
    private final SentenceSplitter splitter = new SentenceSplitter();

    /** "mention=date" for every mention of the text, resolved in order. */
    private List<String> resolve(String text, TimeContext context) {
        List<String> out = new ArrayList<>();
        for (Sentence s : splitter.split(text)) {
            for (TimeMention m : context.resolve(s, finder.find(text, s.start(), s.end()))) {
                out.add(m.text() + "=" + m.date());
            }
        }
        return out;
    }

    private static TimeContext writtenOn(int y, int m, int d) {
        return TimeContext.of(new PublicationDate(FuzzyDate.ofDay(y, m, d), "byline", "x"));
    }

    @Test
    void publicationRelativeExpressionsResolveAgainstTheTimeOfWriting() {
        assertThat(resolve("Trade fell last year. It rises this year. Talks start next month. They met yesterday. "
                + "They meet currently. They met two years ago.", writtenOn(2024, 2, 3)))
                .containsExactly("last year=2023", "this year=2024", "next month=2024-03", "yesterday=2024-02-02",
                        "currently=2024", "two years ago=2022");
    }

    @Test
    void namedMonthsAndWeekdaysResolveToTheNearestOneAround() {
        assertThat(resolve("They met last January. They met last March. They meet next January. They met on Friday. "
                + "They meet next Friday. They met last week.", writtenOn(2024, 2, 3)))
                .containsExactly("last January=2024-01", "last March=2023-03", "next January=2025-01",
                        "Friday=2024-02-02", "next Friday=2024-02-09", "last week=2024-01");
    }

    @Test
    void aYearlessMonthTakesTheParagraphsYearElseTheLatestOneUpToPublication() {
        assertThat(resolve("In 1973 relations soured. In February, Pakistan expelled the envoy.\n\n"
                + "Early in March, missiles were fired. After the February 20th meeting, calm returned.\n\n"
                + "After the February 29th meeting, calm returned.", writtenOn(2024, 2, 3)))
                .containsExactly("1973=1973", "February=1973-02", "Early in March=2023-03",
                        "February 20th=2023-02-20", "February 29th=2020-02-29");
    }

    @Test
    void aYearlessMonthWithoutPublicationTakesTheLastYearOfTheArticle() {
        assertThat(resolve("In 1973 relations soured.\n\nIn February, the envoy left.", TimeContext.writtenOn(null)))
                .containsExactly("1973=1973", "February=1973-02");
    }

    @Test
    void narrativeExpressionsFollowTheLastDateOfTheText() {
        assertThat(resolve("On 10 February 1973 police raided the embassy. The next day the envoy left. "
                + "Two years later ties resumed. The following month trade began. At that time it was small.",
                TimeContext.writtenOn(null)))
                .containsExactly("10 February 1973=1973-02-10", "The next day=1973-02-11", "Two years later=1975",
                        "The following month=null", "At that time=1975");
    }

    @Test
    void indefiniteCountsOfDaysAndWeeksTakeTheMonthOrYearThatSurelyHoldsThem() {
        assertThat(resolve("Chile recalled its envoy on 14 March 2011. Peru did the same days later. "
                + "Bolivia followed within weeks.\n\nIn 1988 the border closed. It reopened within days.",
                TimeContext.writtenOn(null)))
                .containsExactly("14 March 2011=2011-03-14", "days later=2011-03", "within weeks=2011",
                        "1988=1988", "within days=1988");
    }

    @Test
    void theSameDayIsTheLastDayOfTheParagraphWhenALaterYearNamesAThing() {
        assertThat(resolve("On 4 June 2015 Ghana seized a Nigerian trawler, citing the 1982 convention, and Accra "
                + "expelled its crew that same day.", TimeContext.writtenOn(null)))
                .containsExactly("4 June 2015=2015-06-04", "1982=1982", "that same day=2015-06-04");
        assertThat(resolve("In 1982 the convention was signed.\n\nOn the same day, talks began.",
                TimeContext.writtenOn(null)))
                .containsExactly("1982=1982", "the same day=null");
    }

    @Test
    void aYearlessMonthAfterADateReadAgainstTheTimeOfWritingIsReadAgainstItToo() {
        assertThat(resolve("In October last year coast guards seized two trawlers. In March, weeks after the vote, "
                + "the crews were freed.", writtenOn(2021, 11, 15)))
                .containsExactly("October last year=2020-10", "March=2021-03");
    }

    @Test
    void aMonthOrDayOfAYearNamedRelativelyIsOneExpressionInThatYear() {
        assertThat(resolve("The border closed in June 2010 and reopened on 3 May of the following year. Talks "
                + "resume in January next year.", writtenOn(2024, 2, 3)))
                .containsExactly("June 2010=2010-06", "3 May of the following year=2011-05-03",
                        "January next year=2025-01");
    }

    @Test
    void aYearThatNamesAThingIsNotTheNarrativesTime() {
        assertThat(resolve("In May 2015 the rebels declared the 1994 truce dead. A year later the army returned.",
                TimeContext.writtenOn(null)))
                .containsExactly("May 2015=2015-05", "1994=1994", "A year later=2016");
        assertThat(resolve("The 1994 truce held. A year later the army returned.", TimeContext.writtenOn(null)))
                .containsExactly("1994=1994", "A year later=1995");
    }

    @Test
    void aDateAfterSinceIsAPointOfComparisonNotTheNarrativesTime() {
        assertThat(resolve("In May 2011 the two armies clashed for a week, the worst fighting since 1979, until a "
                + "truce was signed in Hanoi on 20 May. Two years later the border reopened.",
                TimeContext.writtenOn(null)))
                .containsExactly("May 2011=2011-05", "a week=null", "1979=1979", "20 May=2011-05-20", "Two years later=2013");
        assertThat(resolve("Relations have been frozen since 2015.\n\nIn March, the envoy returned.",
                writtenOn(2024, 6, 1)))
                .containsExactly("2015=2015", "March=2024-03");
    }

    @Test
    void yearlessMonthsReadAgainstTheTimeOfWritingDoNotLendEachOtherTheirYear() {
        assertThat(resolve("The pact followed a visit to Nairobi in November and a summit in Kampala in March.",
                writtenOn(2022, 5, 10)))
                .containsExactly("November=2021-11", "March=2022-03");
    }

    @Test
    void withoutAnAnchorRelativeExpressionsStayUnresolved() {
        assertThat(resolve("Trade fell last year. The following year it rose.", TimeContext.writtenOn(null)))
                .containsExactly("last year=null", "The following year=null");
    }

    @Test
    void aCopyrightYearOrCommentDateIsNotTheTimeOfWriting() {
        TimeContext copyright = TimeContext.of(new PublicationDate(FuzzyDate.ofYear(2022), "copyright", "© 2022"));
        assertThat(copyright.publication()).isNull();
        TimeContext comment = TimeContext.of(new PublicationDate(FuzzyDate.ofDay(2018, 3, 23), "comment", "x"));
        assertThat(resolve("Ties are currently good.", comment)).containsExactly("currently=null");
        assertThat(TimeContext.of(PublicationDate.none()).publication()).isNull();
    }

    @Test
    void relativeMentionsRecordTheirAnchor() {
        TimeContext context = writtenOn(2018, 3, 21);
        String text = "Iran is currently cooperating.";
        TimeMention m = context.resolve(0, finder.find(text, 0, text.length())).get(0);
        assertThat(m.date()).isEqualTo(FuzzyDate.ofYear(2018));
        assertThat(m.anchor()).isEqualTo(FuzzyDate.ofDay(2018, 3, 21));
    }

    @Test
    void lastDatesOfParagraphAndDocumentAreExposedForTheCallersPolicy() {
        TimeContext context = TimeContext.writtenOn(null);
        resolve("In 2003 war began. Troops moved.\n\nNo date here.", context);
        assertThat(context.lastInParagraph()).isNull();
        assertThat(context.lastInDocument()).isEqualTo(FuzzyDate.ofYear(2003));
    }
}
