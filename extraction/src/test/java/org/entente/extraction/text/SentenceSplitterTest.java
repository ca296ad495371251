package org.entente.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> texts(String s) {
        return splitter.split(s).stream().map(Sentence::text).toList();
    }

    @Test
    void aPeriodBeforeACapitalEndsASentence() {
        assertThat(texts("Chile recalled its envoy. Peru protested.")).containsExactly("Chile recalled its envoy.",
                "Peru protested.");
    }

    @Test
    void titlesBeforeNamesDoNotEndASentence() {
        assertThat(texts("Dr. Aisha Noor met Gen. Ortega and Lt. Col. Ruiz in Lima. They agreed."))
                .containsExactly("Dr. Aisha Noor met Gen. Ortega and Lt. Col. Ruiz in Lima.", "They agreed.");
    }

    @Test
    void monthAndNumberAbbreviationsBeforeDigitsDoNotEndASentence() {
        assertThat(texts("On Feb. 10, 1973 the police raided it. Resolution No. 5 passed.")).containsExactly(
                "On Feb. 10, 1973 the police raided it.", "Resolution No. 5 passed.");
    }

    @Test
    void aGeneralAbbreviationEndsASentenceOnlyBeforeASentenceOpeningWord() {
        assertThat(texts("Aid came from the U.S. The talks resumed.")).hasSize(2);
        assertThat(texts("Officers of the U.S. Army trained them.")).hasSize(1);
        assertThat(texts("They traded rice, tea etc. However, trade fell.")).hasSize(2);
        assertThat(texts("Exports, e.g. Rice, grew.")).hasSize(1);
    }

    @Test
    void initialsDoNotEndASentence() {
        assertThat(texts("J. F. Kennedy met Ayub Khan in 1961.")).hasSize(1);
    }

    @Test
    void decimalsAndLowerCaseContinuationsDoNotEndASentence() {
        assertThat(texts("Exports were $ 66.2 million, approx. five times more.")).hasSize(1);
    }

    @Test
    void aDigitAfterAPeriodStartsASentence() {
        assertThat(texts("The war ended in 1990. 14 soldiers were freed.")).hasSize(2);
    }

    @Test
    void closingQuotesAndBracketsStayWithTheirSentence() {
        assertThat(texts("He said \"we will come.\" Then he left. (It rained.) Next day."))
                .containsExactly("He said \"we will come.\"", "Then he left.", "(It rained.)", "Next day.");
    }

    @Test
    void questionAndExclamationMarksEndSentencesUnlessTheQuoteContinues() {
        assertThat(texts("Is an alliance possible? Yes! It is.")).hasSize(3);
        assertThat(texts("“Why now?” the minister asked.")).hasSize(1);
    }

    @Test
    void anEllipsisEndsASentenceOnlyWhenGluedToAWordAndFollowedByACapital() {
        assertThat(texts("a “conspiracy ... [with] subversive elements”")).hasSize(1);
        assertThat(texts("a “conspiracy ... With them”")).hasSize(1);
        assertThat(texts("He paused... Then he left.")).hasSize(2);
    }

    @Test
    void headingsAreStandaloneLinesWithoutSentencePunctuation() {
        List<Sentence> sentences = splitter.split("Trade relations\n\nTrade grew. It doubled.\n\nEconomic Interests:\n\n"
                + "Are ties improving?");
        assertThat(sentences).extracting(Sentence::text, Sentence::heading, Sentence::paragraph).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Trade relations", true, 0),
                org.assertj.core.groups.Tuple.tuple("Trade grew.", false, 1),
                org.assertj.core.groups.Tuple.tuple("It doubled.", false, 1),
                org.assertj.core.groups.Tuple.tuple("Economic Interests:", true, 2),
                org.assertj.core.groups.Tuple.tuple("Are ties improving?", false, 3));
    }

    @Test
    void aLongLineWithoutAFinalPeriodIsProseNotAHeading() {
        String line = "The two governments agreed to expand the rail link between the two capitals and to open "
                + "three more border crossings for trucks carrying fruit";
        assertThat(splitter.split(line).get(0).heading()).isFalse();
    }

    @Test
    void eachLineOfAParagraphIsASeparateUnitAndListMarkersAreLeftOut() {
        List<Sentence> sentences = splitter.split("Missions:\n• Iraq has an embassy in Islamabad\n• Peru has none\n\n"
                + "1. If Kenya agrees. Then it signs.");
        assertThat(sentences).extracting(Sentence::text).containsExactly("Missions:", "Iraq has an embassy in Islamabad",
                "Peru has none", "If Kenya agrees.", "Then it signs.");
        assertThat(sentences).noneMatch(Sentence::heading);
    }

    @Test
    void offsetsIndexesAndParagraphsReferToTheText() {
        String text = "  Title here\n\n\nFirst one. Second one.\nA line\n\nLast.";
        List<Sentence> sentences = splitter.split(text);
        assertThat(sentences).allSatisfy(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()));
        assertThat(sentences).extracting(Sentence::index).containsExactly(0, 1, 2, 3, 4);
        assertThat(sentences).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 1, 2);
    }

    @Test
    void emptyOrPunctuationOnlyTextHasNoSentences() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split("\n\n  \n…\n")).isEmpty();
    }

    @Test
    void nonLatinSentencesSplitOnTheirOwnCapitallessLetters() {
        assertThat(texts("Iran signed. مركز البيان للدراسات.")).hasSize(2);
    }
}
