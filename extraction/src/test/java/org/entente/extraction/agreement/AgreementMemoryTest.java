package org.entente.extraction.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.extraction.agreement.Agreements.of;

import java.util.List;

import org.entente.extraction.Agreement;
import org.junit.jupiter.api.Test;

/** Later mentions find the agreement they name, and restatements merge. */
class AgreementMemoryTest {

    @Test
    void aReferenceBackTakesTheAgreementsPartiesAndTitle() {
        List<Agreement> facts = of("In 1961 Kuwait and Iraq signed the Friendship Treaty. "
                + "In 1990 Iraq withdrew from that treaty.");
        assertThat(facts).extracting(Agreements::brief).containsExactly("IRQ-KWT signed 1961", "IRQ-KWT withdrawn 1990");
        assertThat(facts).extracting(Agreement::title).containsOnly("Friendship Treaty");
    }

    @Test
    void anAllianceRefersBackToAPactAndIsNothingWithoutOne() {
        assertThat(of("Iran and Turkey joined the Saadabad Pact in 1937. Iran left nothing to chance and Turkey "
                + "withdrew from the alliance in 1945."))
                .extracting(Agreements::brief).containsExactly("IRN-TUR signed 1937", "IRN-TUR withdrawn 1945");
        assertThat(of("Iran and Turkey want a strategic alliance.")).isEmpty();
    }

    @Test
    void anotherNameOfTheAgreementIsTheSameAgreement() {
        List<Agreement> facts = of("In 1954, Thailand and the Philippines joined the Manila Pact, which was later "
                + "renamed the Southeast Asia Treaty Organization (SEATO). Thailand and the Philippines joined SEATO "
                + "in 1954.");
        assertThat(facts).hasSize(1);
        assertThat(facts.get(0).evidence()).hasSize(2);
    }

    @Test
    void anAcronymNamesItsAgreement() {
        assertThat(of("Peru and Chile signed the Pacific Alliance Framework Agreement (PAFA) in 2012. "
                + "Chile withdrew from the PAFA in 2030."))
                .extracting(Agreements::brief).containsExactly("CHL-PER signed 2012", "CHL-PER withdrawn 2030");
    }

    @Test
    void anObjectPronounStandsForTheAgreementNamedLast() {
        assertThat(of("In 2010 Russia and Ukraine signed the Kharkiv agreements. Russia renounced them in 2014."))
                .extracting(Agreements::brief).containsExactly("RUS-UKR signed 2010", "RUS-UKR withdrawn 2014");
    }

    @Test
    void theSameStatusRestatedIsOneFactWithTwoEvidences() {
        List<Agreement> facts = of("In 2005 Belize and Guatemala signed a border treaty. "
                + "Since that treaty was signed, both countries have kept the peace.");
        assertThat(facts).hasSize(1);
        assertThat(facts.get(0).evidence()).hasSize(2);
    }

    @Test
    void aLaterMentionOfADatedAgreementIsTheSameAgreement() {
        assertThat(of("A border agreement between China and Vietnam was signed on 25 December 2000. "
                + "Vietnam insists that China respect the 2000 border agreement."))
                .extracting(Agreements::brief).containsExactly("CHN-VNM signed 2000-12-25");
    }

    @Test
    void twoAgreementsSignedTogetherStayTwo() {
        assertThat(of("A fisheries agreement between China and Vietnam was signed on 25 December 2000, together "
                + "with a maritime boundary agreement.")).hasSize(2);
    }
}
