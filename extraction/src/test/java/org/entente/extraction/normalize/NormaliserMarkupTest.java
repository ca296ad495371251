package org.entente.extraction.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Characters, escapes, markdown, wiki and HTML. */
class NormaliserMarkupTest {

    private final Normaliser normaliser = new Normaliser();

    private String n(String raw) {
        return normaliser.normalise(raw);
    }

    @Test
    void escapedCharactersAreUnescapedAndNotTakenForMarkup() {
        assertThat(n("Exports were \\$ 66.2 million and \\*not\\* emphasis.")).isEqualTo(
                "Exports were $ 66.2 million and *not* emphasis.");
    }

    @Test
    void markdownEmphasisMarksAreRemoved() {
        assertThat(n("The **Baghdad Pact** and *Dawn* and __CENTO__ report.")).isEqualTo(
                "The Baghdad Pact and Dawn and CENTO report.");
    }

    @Test
    void noteAsterisksAfterNamesAreRemoved() {
        assertThat(n("By Hesam Rahimi*\n\nAna Ruiz *")).isEqualTo("By Hesam Rahimi\n\nAna Ruiz");
    }

    @Test
    void identifiersWithUnderscoresAreNotEmphasis() {
        assertThat(n("The file_name_here stays.")).isEqualTo("The file_name_here stays.");
    }

    @Test
    void markdownAndWikiLinksKeepTheirText() {
        assertThat(n("Both [Chile](https://x.org/cl) and [[Peru|Peruvian]] and [[Bolivia]] and "
                + "[https://x.org Ecuador] {{citation|x}}joined.")).isEqualTo("Both Chile and Peruvian and Bolivia and Ecuador joined.");
    }

    @Test
    void wikiBoldAndItalicQuotesAreRemoved() {
        assertThat(n("'''Iraq–Pakistan relations''' are ''cordial''.")).isEqualTo("Iraq–Pakistan relations are cordial.");
    }

    @Test
    void infoboxesAndImageLinesAreDropped() {
        assertThat(n("Title\n\nInfobox\n- Map: Chile Peru Locator.png\n- Capital: Lima\n\nFile:Flag.svg\n\nText."))
                .isEqualTo("Title\n\nText.");
    }

    @Test
    void htmlCharacterReferencesAreDecoded() {
        assertThat(n("Iran &amp; Iraq &ndash; &#8220;allies&#x201D; &rsquo;s &unknown;")).isEqualTo(
                "Iran & Iraq – “allies” ’s &unknown;");
    }

    @Test
    void leftoverHtmlTagsAreRemovedAndBlockTagsBreakParagraphs() {
        assertThat(n("<p>Iran <b>and</b> Iraq<sup>12</sup> met.</p><p>Trade grew.<br>It doubled.</p><h2>Energy</h2>"))
                .isEqualTo("Iran and Iraq met.\n\nTrade grew.\nIt doubled.\n\nEnergy");
        assertThat(n("Wiki text<ref>Smith 2020, p. 3</ref> goes on.")).isEqualTo("Wiki text goes on.");
    }

    @Test
    void anglesThatAreNotTagsAreKept() {
        assertThat(n("If a < b and c > d then.")).isEqualTo("If a < b and c > d then.");
    }

    @Test
    void oddSpacesAndInvisibleCharactersAreNormalised() {
        assertThat(n("Iran\u00A0and\u200B Iraq\u2009met\tin\u00ADside  Baghdad.\uFEFF")).isEqualTo(
                "Iran and Iraq met inside Baghdad.");
    }

    @Test
    void ligaturesFromPdfTextBecomeLetters() {
        assertThat(n("The ﬁnancial and ofﬁcial ﬂows")).isEqualTo("The financial and official flows");
    }

    @Test
    void typographicQuotesAndDashesAreKept() {
        String text = "The “strategic alliance” – Pakistan’s ‘true friend’ — endured.";
        assertThat(n(text)).isEqualTo(text);
    }
}
