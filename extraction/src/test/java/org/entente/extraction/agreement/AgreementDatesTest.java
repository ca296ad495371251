package org.entente.extraction.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.extraction.agreement.Agreements.brief;
import static org.entente.extraction.agreement.Agreements.coding;
import static org.entente.extraction.agreement.Agreements.of;
import static org.entente.extraction.agreement.Agreements.only;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The date of a status. */
class AgreementDatesTest {

    @Test
    void aDateInANewClauseAfterCommaAndIsNotTheSigningsDate() {
        assertThat(brief(only("Japan and the Philippines signed seven agreements on defence, and Kishida paid a "
                + "return visit to Manila in November 2023."))).endsWith(" -");
    }

    @Test
    void theNearestDateOfTheClauseDatesTheStatus() {
        assertThat(brief(only("Jordan and Israel, at war since 1948, signed a peace treaty on 26 October 1994.")))
                .isEqualTo("ISR-JOR signed 1994-10-26");
    }

    @Test
    void aDateAfterSinceOrUntilDoesNotDateTheAct() {
        assertThat(only("Moldova and Romania, the first to meet since 1998, signed a visa agreement.").date())
                .isNull();
    }

    @Test
    void aVagueTimeGivesNoDate() {
        assertThat(only("Qatar and Oman recently signed a shipping agreement.").date()).isNull();
    }

    @Test
    void aDateNearerAnotherStatusWordIsNotThisOnes() {
        assertThat(of("In 2016 Cuba and Colombia agreed to revive a health agreement signed in 2004."))
                .extracting(Agreements::brief).contains("COL-CUB in_force 2016", "COL-CUB signed 2004");
    }

    @Test
    void aPastEventWithoutADateTakesTheParagraphsDate() {
        assertThat(of("In March 2018 the Kenyan president visited Ethiopia. The two governments signed a "
                + "power agreement.")).extracting(Agreements::brief).containsExactly("ETH-KEN signed 2018-03");
    }

    @Test
    void aPerfectOrANounTakesNoDateFromTheParagraph() {
        assertThat(of("In March 2018 the Kenyan president visited Ethiopia. Kenya and Ethiopia have signed a "
                + "power agreement.")).extracting(Agreements::brief).containsExactly("ETH-KEN signed -");
    }

    @Test
    void aWhenClauseAfterTheStatusDatesIt() {
        assertThat(only("Senegal and Gambia signed the bridge agreement when the two presidents met in May 2017.")
                .date()).hasToString("2017-05");
    }

    @Test
    void aTimeAfterAVerbDatesThatVerbNotTheNextStatusWord() {
        assertThat(of("The border treaty was signed by Chile and Peru in Lima on 3 March 2011 and entered into "
                + "force on 9 June 2012.")).extracting(Agreements::brief)
                .containsExactlyInAnyOrder("CHL-PER signed 2011-03-03", "CHL-PER in_force 2012-06-09");
    }

    @Test
    void aStatusWordOfAnotherClauseDoesNotTakeTheTime() {
        assertThat(of("Kenya and Uganda signed the lake accord at Kisumu on 2 May 2009; Tanzania declined to "
                + "sign, citing its fishing rights.")).extracting(Agreements::brief).contains("KEN-UGA signed 2009-05-02");
    }

    @Test
    void aTimeThatOpensItsConjunctDatesTheStatusWordAfterIt() {
        assertThat(of("Mali signed a defence pact with Niger in 2012, and in 2019 withdrew from the pact."))
                .extracting(Agreements::brief).containsExactlyInAnyOrder("MLI-NER signed 2012", "MLI-NER withdrawn 2019");
    }

    @Test
    void anUndatedSigningInANewsReportHappenedOnTheDayOfItsStory() {
        String report = "QUITO, May 4 - Ecuador and Peru signed a fisheries accord on Tuesday.\n\n"
                + "Ecuador and Peru also signed a customs agreement.";
        assertThat(coding(report, LocalDate.of(2021, 5, 4)).agreements()).extracting(Agreements::brief)
                .containsExactlyInAnyOrder("ECU-PER signed 2021-05-04", "ECU-PER signed 2021-05-04");
    }

    @Test
    void anUndatedSigningAfterAnOlderStoryTakesNoDateFromAnotherParagraph() {
        String paper = "Ecuador and Peru signed a fisheries accord in 1998.\n\n"
                + "Ecuador and Peru also signed a customs agreement.";
        assertThat(coding(paper, LocalDate.of(2021, 5, 4)).agreements()).extracting(Agreements::brief)
                .containsExactlyInAnyOrder("ECU-PER signed 1998", "ECU-PER signed -");
    }

    @Test
    void aTimeInsideAQuotedNameDoesNotDateTheAct() {
        assertThat(of("In March 2004 Kenya and Tanzania signed a declaration on a \"partnership for the 21st century\"."))
                .extracting(Agreements::brief).containsExactly("KEN-TZA signed 2004-03");
    }

    @Test
    void aWhenClauseWithoutATimeHappensAtTheTimeOfTheClauseItHangsOn() {
        assertThat(only("The thaw was confirmed in Doha on 4 May 2017, when Qatari and Omani envoys signed an "
                + "agreement to reopen the border.").date()).hasToString("2017-05-04");
    }

    @Test
    void anInfinitiveWithAnAdverbAfterAPastVerbIsAPastEventOfTheNarrative() {
        assertThat(of("In May 2015 the ministers met in Oslo. Norway and Iceland then moved to fully restore the "
                + "fishing accord.")).extracting(Agreements::brief).containsExactly("ISL-NOR in_force 2015-05");
    }
}
