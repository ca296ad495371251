package org.entente.extraction.pubdate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.entente.extraction.Document;
import org.entente.extraction.FuzzyDate;
import org.entente.extraction.PublicationDate;
import org.entente.extraction.normalize.Normalised;
import org.entente.extraction.normalize.Normaliser;
import org.junit.jupiter.api.Test;

class PublicationDateFinderTest {

    private static final String BODY = "Chile and Peru signed a fisheries deal after long talks in Lima. Both sides "
            + "praised it and said it would be renewed on 5 March 2030. Trade between them grew in 2019 and 2020.";

    private final PublicationDateFinder finder = new PublicationDateFinder();
    private final Normaliser normaliser = new Normaliser();

    private PublicationDate find(String raw) {
        return finder.find(Document.of("test", raw), normaliser.normalise(raw));
    }

    @Test
    void theRequestDateComesFirstThenTheMetadataDate() {
        Document both = new Document("a", "By Ana Ruiz | May 2, 2023\n\n" + BODY, LocalDate.of(2024, 1, 5),
                LocalDate.of(2023, 12, 1), null, null);
        assertThat(finder.find(both, both.text())).isEqualTo(new PublicationDate(FuzzyDate.ofDay(2024, 1, 5), "request", null));
        Document metadata = new Document("a", BODY, null, LocalDate.of(2023, 12, 1), null, null);
        assertThat(finder.find(metadata, metadata.text()).foundBy()).isEqualTo("metadata");
    }

    @Test
    void datelinesWithAYear() {
        PublicationDate d = find("LIMA, May 2, 2023 (Reuters) - " + BODY);
        assertThat(d.date()).isEqualTo(FuzzyDate.ofDay(2023, 5, 2));
        assertThat(d.foundBy()).isEqualTo("dateline");
        assertThat(find("LIMA, Peru, 2 May 2023: " + BODY).date()).isEqualTo(FuzzyDate.ofDay(2023, 5, 2));
    }

    @Test
    void aDatelineWithoutAYearTakesTheCopyrightYearOrIsNotUsed() {
        assertThat(find("LIMA, May 2 (Reuters) - " + BODY + "\n\n© 2023 Andes News").date())
                .isEqualTo(FuzzyDate.ofDay(2023, 5, 2));
        assertThat(find("LIMA, May 2 (Reuters) - " + BODY).foundBy()).isEqualTo("none");
    }

    @Test
    void aPlaceWithoutADateIsNotADateline() {
        assertThat(find("LIMA: Peru on Monday said " + BODY).foundBy()).isEqualTo("none");
    }

    @Test
    void bylinesInTheirCommonForms() {
        assertThat(find("Ties ahead\n\nwritten by Ana Ruiz | February 3, 2024\n\n" + BODY).date())
                .isEqualTo(FuzzyDate.ofDay(2024, 2, 3));
        assertThat(find("Ties ahead\n\nBy Ana Ruiz, February 3, 2024\n\n" + BODY).foundBy()).isEqualTo("byline");
        assertThat(find("Ties ahead\n\nPublished: 3 February 2024\n\n" + BODY).date())
                .isEqualTo(FuzzyDate.ofDay(2024, 2, 3));
        assertThat(find("Ties ahead\n\nPosted on Saturday, February 3, 2024 at 10:30 am\n\n" + BODY).date())
                .isEqualTo(FuzzyDate.ofDay(2024, 2, 3));
        assertThat(find("Ties ahead\n\nFebruary 3, 2024\n\n" + BODY).date()).isEqualTo(FuzzyDate.ofDay(2024, 2, 3));
    }

    @Test
    void aBylineAtTheEndCounts() {
        assertThat(find(BODY + "\n\nAna Ruiz is a researcher.\n\nPublished on 3 February 2024").date())
                .isEqualTo(FuzzyDate.ofDay(2024, 2, 3));
    }

    @Test
    void anUpdateDateCountsOnlyWithoutAPublicationDate() {
        assertThat(find("Ties ahead\n\nUpdated: 9 March 2024\n\nPublished: 3 February 2024\n\n" + BODY).date())
                .isEqualTo(FuzzyDate.ofDay(2024, 2, 3));
        assertThat(find("Ties ahead\n\nUpdated: 9 March 2024\n\n" + BODY).date())
                .isEqualTo(FuzzyDate.ofDay(2024, 3, 9));
    }

    @Test
    void datesInTheBodyAreNotPublicationDates() {
        assertThat(find("Ties ahead\n\n" + BODY + "\n\nThe talks of 5 March 2030 will be in Quito. More talks are "
                + "planned. Both sides expect a deal by then and a summit after it.").foundBy()).isEqualTo("none");
        assertThat(find("By March 2024, trade had doubled between the two countries and both sides were pleased "
                + "with it. " + BODY).foundBy()).isEqualTo("none");
    }

    @Test
    void aCopyrightLineGivesTheYear() {
        PublicationDate d = find("Centre for Studies\n\nCopyright © 2022\n\n" + BODY);
        assertThat(d.date()).isEqualTo(FuzzyDate.ofYear(2022));
        assertThat(d.foundBy()).isEqualTo("copyright");
        assertThat(find(BODY + "\n\n© 2010–2023 Andes News. All rights reserved.").date())
                .isEqualTo(FuzzyDate.ofYear(2023));
    }

    @Test
    void theFirstReaderCommentIsTheLastResort() {
        PublicationDate d = find(BODY + "\n\nOne thought on “Ties ahead”\n\n• March 23, 2018 at 3:20 pm\n\n"
                + "Good piece.\n\n• April 2, 2018 at 1:00 pm\n\nNo.\n\nLeave a Reply");
        assertThat(d.date()).isEqualTo(FuzzyDate.ofDay(2018, 3, 23));
        assertThat(d.foundBy()).isEqualTo("comment");
    }

    @Test
    void commentsNormalisedAlongWithTheTextGiveTheSameDate() {
        String raw = BODY + "\n\n3 thoughts on “Ties ahead”\n\nApril 2, 2018 at 1:00 pm\n\nNo.";
        Normalised normalised = normaliser.normaliseWithComments(raw);
        assertThat(finder.find(Document.of("t", raw), normalised)).isEqualTo(find(raw));
        assertThat(finder.find(Document.of("t", raw), normalised).date()).isEqualTo(FuzzyDate.ofDay(2018, 4, 2));
    }

    @Test
    void nothingFoundIsNone() {
        assertThat(find(BODY)).isEqualTo(PublicationDate.none());
    }
}
