package org.entente.extraction.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Footnote markers, footnote link blocks and reference sections. */
class NormaliserFootnoteTest {

    private final Normaliser normaliser = new Normaliser();

    private String n(String raw) {
        return normaliser.normalise(raw);
    }

    @Test
    void superscriptMarkersGluedToWordsOrPunctuationAreRemoved() {
        assertThat(n("Ankara¹ and Baku²³ signed it in Tbilisi.⁵⁰ Then talks began."))
                .isEqualTo("Ankara and Baku signed it in Tbilisi. Then talks began.");
    }

    @Test
    void spacedSuperscriptMarkersLeaveOneSpaceOrNone() {
        assertThat(n("the issue of Kashmir ¹⁴in forums")).isEqualTo("the issue of Kashmir in forums");
        assertThat(n("the constitution of Chile ¹¹, the text")).isEqualTo("the constitution of Chile, the text");
        assertThat(n("Azerbaijan. ³⁶ Iraq wants jets")).isEqualTo("Azerbaijan. Iraq wants jets");
        assertThat(n("from Pakistan ³⁷ can help")).isEqualTo("from Pakistan can help");
    }

    @Test
    void powersOfUnitsAreNotMarkers() {
        assertThat(n("It covers 796,096 km² of land.")).isEqualTo("It covers 796,096 km² of land.");
    }

    @Test
    void bracketedReferencesAndEditorialTagsAreRemovedButInsertionsAreKept() {
        assertThat(n("Peru[12] and Chile[3, 4] agreed[citation needed] on it[a].[who?]"))
                .isEqualTo("Peru and Chile agreed on it.");
        assertThat(n("a “conspiracy ... [with] rebels”")).isEqualTo("a “conspiracy ... [with] rebels”");
    }

    @Test
    void plainDigitsGluedToALowerCaseWordOrItsPunctuationAreMarkers() {
        assertThat(n("the start of a new relationship30 of trust")).isEqualTo("the start of a new relationship of trust");
        assertThat(n("normalised relations.5 But trade lagged")).isEqualTo("normalised relations. But trade lagged");
    }

    @Test
    void numbersThatBelongToNamesCodesAndQuantitiesAreKept() {
        String text = "The G20 summit, 12 F-16 and JF-17 jets, COVID-19 aid, 1,000 scholarships and $ 66.2 million in 2021.";
        assertThat(n(text)).isEqualTo(text);
    }

    @Test
    void footnoteLinkBlockInsideAParagraphIsRemovedAndTheParagraphJoined() {
        String raw = "Kenya and Uganda later signed an agreement with\n\n3. <https://example.org/a>\n\n"
                + "4. https://example.org/b\n\n* Analyst at a think tank.\n\nthe government of Rwanda in 2019.";
        assertThat(n(raw)).isEqualTo("Kenya and Uganda later signed an agreement with the government of Rwanda in 2019.");
    }

    @Test
    void proseCutMidSentenceByAFootnoteBlockRunsOnIntoACapitalisedWord() {
        String raw = "In May 2019 the two presidents met in Geneva on the sidelines of the World Health\n\n"
                + "7. <https://example.org/a>\n\n8. <https://example.org/b>\n\nAssembly and agreed to reopen the border.";
        assertThat(n(raw)).isEqualTo("In May 2019 the two presidents met in Geneva on the sidelines of the World Health "
                + "Assembly and agreed to reopen the border.");
        String title = "Relations Between Chile And Peru Since The War Of The Pacific\n\n7. <https://example.org/a>\n\n"
                + "Chile and Peru fought in 1879.";
        assertThat(n(title)).isEqualTo("Relations Between Chile And Peru Since The War Of The Pacific\n\n"
                + "Chile and Peru fought in 1879.");
    }

    @Test
    void citationsWithoutLinksNextToLinksAreFootnotesToo() {
        String raw = "Trade grew fast.\n\n15. Ali, S. (2020) Why trade grew, *Dawn*, p. 5\n\n<https://dawn.com/x>\n\n"
                + "16. <https://dawn.com/y>\n\n17. Interview with an official\n\nTrade then fell.";
        assertThat(n(raw)).isEqualTo("Trade grew fast.\n\nTrade then fell.");
    }

    @Test
    void aNumberedListInTheTextIsNotAFootnoteBlock() {
        String raw = "Proposals:\n\n1. Chile should open a consulate.\n\n2. Peru should reply in kind.\n\n"
                + "14. <https://example.org/a>";
        assertThat(n(raw)).isEqualTo("Proposals:\n\n1. Chile should open a consulate.\n\n2. Peru should reply in kind.");
    }

    @Test
    void bareAddressLinesAndPublisherContactsAreRemoved() {
        assertThat(n("Copyright © 2022\n\n**www.example.org\ninfo@example.org**\n\nSince 2014"))
                .isEqualTo("Copyright © 2022\n\nSince 2014");
    }

    @Test
    void addressesInsideProseAreRemoved() {
        assertThat(n("The ministry (see https://mofa.example/x) confirmed it."))
                .isEqualTo("The ministry (see) confirmed it.");
    }

    @Test
    void markedUpReferenceSectionsAreDroppedUpToTheNextHeading() {
        String raw = "Text one.\n==See also==\n- Other relations\n- A raid\n==References==\n1. Smith\n"
                + "==Economy==\nTrade grew.";
        assertThat(n(raw)).isEqualTo("Text one.\n\nEconomy\n\nTrade grew.");
    }

    @Test
    void aPlainReferencesHeadingAfterTheArticleDropsTheRest() {
        String raw = "Relations between Ghana and Togo improved. The border reopened in 2019 and trade rose.\n\n"
                + "References\n\nAsante, K. Border trade. Accra, 2020.\n\nMensah, A. Togo. Lome, 2018.";
        assertThat(n(raw)).isEqualTo("Relations between Ghana and Togo improved. The border reopened in 2019 and trade rose.");
    }

    @Test
    void aPlainNotesLineBeforeTheArticleIsKept() {
        assertThat(n("Notes\n\nGhana and Togo reopened the border. Trade rose in 2019 after years of decline."))
                .startsWith("Notes\n\n");
    }
}
