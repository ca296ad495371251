package org.entente.extraction.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Line ends, hyphenation, paragraphs, headings and lists. */
class NormaliserLayoutTest {

    private final Normaliser normaliser = new Normaliser();

    private String n(String raw) {
        return normaliser.normalise(raw);
    }

    @Test
    void aWordHyphenatedAtALineEndIsMended() {
        assertThat(n("The coopera-\ntion between the two navies grew.")).isEqualTo("The cooperation between the two navies grew.");
    }

    @Test
    void realHyphensAtALineEndAreKept() {
        assertThat(n("They joined the Saudi-\nled coalition and the Chile-\nPeru talks in a long\nrow."))
                .isEqualTo("They joined the Saudi-led coalition and the Chile-Peru talks in a long row.");
        assertThat(n("A broad and lasting anti-\nterrorism drive began.")).isEqualTo("A broad and lasting anti-terrorism drive began.");
    }

    @Test
    void theDocumentsOwnSpellingDecidesTheHyphen() {
        assertThat(n("Decision-making was slow. The long decision-\nmaking ended.")).isEqualTo(
                "Decision-making was slow. The long decision-making ended.");
        assertThat(n("Precooked meals. We ate the pre-\ncooked meals.")).isEqualTo("Precooked meals. We ate the precooked meals.");
    }

    @Test
    void aWordHyphenatedAcrossAPageBreakIsMended() {
        assertThat(n("Both sides sought closer military coopera-\n\n12\n\ntion with each other.")).isEqualTo(
                "Both sides sought closer military cooperation with each other.");
    }

    @Test
    void hardWrappedProseLinesAreJoined() {
        String raw = "Relations between India and Bangladesh improved\nafter the water treaty was signed in Delhi\n"
                + "by both prime ministers.";
        assertThat(n(raw)).isEqualTo("Relations between India and Bangladesh improved after the water treaty was "
                + "signed in Delhi by both prime ministers.");
    }

    @Test
    void shortStandaloneLinesStaySeparate() {
        assertThat(n("By Jane Doe\nMarch 3, 2021")).isEqualTo("By Jane Doe\nMarch 3, 2021");
    }

    @Test
    void aParagraphCutMidSentenceByAPageBreakIsJoined() {
        assertThat(n("The talks were held in the capital of\n\nNepal and lasted two days.")).isEqualTo(
                "The talks were held in the capital of Nepal and lasted two days.");
        assertThat(n("Both nations sought to strengthen their economic and political\n\n\n\nrelationship over time."))
                .isEqualTo("Both nations sought to strengthen their economic and political relationship over time.");
    }

    @Test
    void aParagraphWithoutAFinalPeriodBeforeACapitalisedParagraphIsNotJoined() {
        assertThat(n("Cooperation against smuggling can help in curbing this challenge\n\nTurkey has helped Iraq."))
                .isEqualTo("Cooperation against smuggling can help in curbing this challenge\n\nTurkey has helped Iraq.");
    }

    @Test
    void aTitleIsNotJoinedToTheBylineAfterIt() {
        assertThat(n("Chile and Peru: the way ahead\n\nwritten by Ana Ruiz | May 2, 2023\n\nText."))
                .isEqualTo("Chile and Peru: the way ahead\n\nwritten by Ana Ruiz | May 2, 2023\n\nText.");
    }

    @Test
    void aLabelIsNotJoinedToTheParagraphAfterIt() {
        assertThat(n("About\n\nThe centre is a think tank in Accra.")).isEqualTo("About\n\nThe centre is a think tank in Accra.");
    }

    @Test
    void bulletsBecomeOneStyleAndEachItemIsALine() {
        assertThat(n("Missions:\n- an embassy in Lima\n• a consulate in Cusco\n* a trade office")).isEqualTo(
                "Missions:\n• an embassy in Lima\n• a consulate in Cusco\n• a trade office");
    }

    @Test
    void aWrappedListItemIsJoinedButTheNextItemIsNot() {
        assertThat(n("- an embassy in Lima and\na consulate in Cusco\n- a trade office")).isEqualTo(
                "• an embassy in Lima and a consulate in Cusco\n• a trade office");
    }

    @Test
    void numberedItemsKeepTheirNumbers() {
        assertThat(n("1. Chile should act.\n2. Peru should reply.")).isEqualTo("1. Chile should act.\n2. Peru should reply.");
    }

    @Test
    void wikiAndMarkdownHeadingsBecomeParagraphsOfTheirOwn() {
        assertThat(n("= Chile–Peru relations =\n==History==\n===Early years===\nThey met.\n## Trade\nIt grew."))
                .isEqualTo("Chile–Peru relations\n\nHistory\n\nEarly years\n\nThey met.\n\nTrade\n\nIt grew.");
    }

    @Test
    void underlinedHeadingsAreHeadingsAndRulesAreDropped() {
        assertThat(n("Trade\n=====\nIt grew.\n\n* * *\n\nIt fell.")).isEqualTo("Trade\n\nIt grew.\n\nIt fell.");
    }

    @Test
    void aRepeatedTitleRightAfterItselfIsKeptOnce() {
        assertThat(n("New chapter in ties\n\nNew chapter in ties\n\nText.")).isEqualTo("New chapter in ties\n\nText.");
    }

    @Test
    void runningPageHeadersAreKeptOnlyTheFirstTime() {
        String raw = "Centre for Studies\n\nOne. Two.\n\nCentre for Studies\n\nThree.\n\nCentre for Studies\n\nFour.";
        assertThat(n(raw)).isEqualTo("Centre for Studies\n\nOne. Two.\n\nThree.\n\nFour.");
    }

    @Test
    void pageNumbersAreDropped() {
        assertThat(n("The first half.\n\n7\n\nPage 8 of 20\n\n- 9 -\n\nThe second half.")).isEqualTo(
                "The first half.\n\nThe second half.");
    }

    @Test
    void lineEndsAndBlankLinesAreNormalised() {
        assertThat(n("\r\n\r\nOne.\r\n\r\n\r\n\r\nTwo.\r\n")).isEqualTo("One.\n\nTwo.");
    }

    @Test
    void emptyTextStaysEmpty() {
        assertThat(n("")).isEmpty();
        assertThat(n(" \n\t\n")).isEmpty();
    }
}
