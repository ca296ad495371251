package org.entente.extraction.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Boilerplate lines and reader-comment sections. */
class NormaliserBoilerplateTest {

    private final Normaliser normaliser = new Normaliser();

    private String n(String raw) {
        return normaliser.normalise(raw);
    }

    @Test
    void sharingDisclaimerCookieSubscriptionAndSocialLinesAreDropped() {
        String raw = "Title\n\nShort Url\n\nShare this article\n\nChile and Peru met.\n\nTwitter: @ana_ruiz\n\n"
                + "Disclaimer: Views expressed by writers are their own.\n\nWe use cookies to improve your experience.\n\n"
                + "Subscribe to our newsletter for updates\n\nFollow us on Facebook\n\nAdvertisement";
        assertThat(n(raw)).isEqualTo("Title\n\nChile and Peru met.");
    }

    @Test
    void authorDisclaimersAreDroppedButAuthorBiosAreKept() {
        String raw = "Text.\n\n– Ana Ruiz is a researcher at the University of Lima.\n\n"
                + "*These views represent those of the author and not of the site.";
        assertThat(n(raw)).isEqualTo("Text.\n\n– Ana Ruiz is a researcher at the University of Lima.");
    }

    @Test
    void aReaderCommentSectionAtTheEndIsDropped() {
        String raw = "Chile and Peru signed a deal on fisheries in the capital after long talks. It covers anchovy.\n\n"
                + "It is a good deal.\n\n"
                + "One thought on “Chile and Peru”\n\n• March 23, 2018 at 3:20 pm\n\nGreat article.\n\nLeave a Reply\n\n"
                + "Your email address will not be published.";
        assertThat(n(raw)).isEqualTo("Chile and Peru signed a deal on fisheries in the capital after long talks. "
                + "It covers anchovy.\n\nIt is a good deal.");
    }

    @Test
    void theDroppedCommentSectionCanBeReadSeparately() {
        String raw = "Chile and Peru signed a deal on fisheries in the capital after long talks. It covers anchovy.\n\n"
                + "One thought on “Chile and Peru”\n\n• March 23, 2018 at 3:20 pm\n\nGreat article.";
        assertThat(normaliser.commentSection(raw)).startsWith("One thought on “Chile and Peru”").contains("March 23, 2018");
        assertThat(normaliser.commentSection("3 Comments\n\nChile and Peru signed a deal on fisheries after long "
                + "talks. It covers anchovy.")).isEmpty();
        assertThat(normaliser.normaliseWithComments(raw))
                .isEqualTo(new Normalised(normaliser.normalise(raw), normaliser.commentSection(raw)));
    }

    @Test
    void aCommentCountInTheHeaderDropsOnlyItsLine() {
        String raw = "Chile and Peru\n\n3 Comments\n\nChile and Peru signed a deal on fisheries after long talks. "
                + "It covers anchovy and tuna. Both sides praised it.";
        assertThat(n(raw)).isEqualTo("Chile and Peru\n\nChile and Peru signed a deal on fisheries after long talks. "
                + "It covers anchovy and tuna. Both sides praised it.");
    }

    @Test
    void bylinesAreKeptAsLines() {
        assertThat(n("Ties ahead\n\nwritten by Ana Ruiz | February 3, 2024\n\nText.")).contains(
                "\n\nwritten by Ana Ruiz | February 3, 2024\n\n");
    }

    @Test
    void proseThatMentionsSharingOrCommentsIsKept() {
        String text = "Both sides agreed to share intelligence and to comment publicly only after the talks.";
        assertThat(n(text)).isEqualTo(text);
    }
}
