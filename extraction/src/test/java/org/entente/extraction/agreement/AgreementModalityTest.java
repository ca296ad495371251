package org.entente.extraction.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.extraction.agreement.Agreements.brief;
import static org.entente.extraction.agreement.Agreements.coding;
import static org.entente.extraction.agreement.Agreements.of;
import static org.entente.extraction.agreement.Agreements.only;

import org.entente.extraction.Agreement;
import org.junit.jupiter.api.Test;

/** Negation, hypotheticals, plans and decisions ({@code modality-cues.tsv}). */
class AgreementModalityTest {

    @Test
    void theMonthMayIsNoModal() {
        assertThat(only("In May 2016 Kenya and Uganda signed a trade pact.").status()).isEqualTo("signed");
        assertThat(of("Kenya and Uganda may sign a trade pact in June.")).isEmpty();
    }

    @Test
    void aSignAsANounIsNoSigning() {
        assertThat(of("Japan and the Philippines signed a defence pact in 2024, the latest sign of closer ties."))
                .hasSize(1);
        assertThat(of("Kenya sees the pact with Uganda as a sign of trust.")).isEmpty();
    }

    @Test
    void agreeingToDoSomethingWithAnAgreementSaysNothingOfItsStatus() {
        assertThat(of("In 2019 Ghana agreed to review the fisheries pact with Togo.")).isEmpty();
        assertThat(of("In 2019 Ghana agreed to submit the border protocol with Togo to parliament.")).isEmpty();
        assertThat(only("In 2019 Ghana agreed to the fisheries pact with Togo.").status()).isEqualTo("signed");
        assertThat(only("In 2019 Ghana and Togo agreed to sign a fisheries pact.").status()).isEqualTo("proposed");
    }

    @Test
    void aStatusVerbWithAnObjectOfItsOwnIsNotAboutTheAgreementBeforeIt() {
        assertThat(of("Bolivia and Chile came closest to the Charaña deal in 1975, when their presidents met and "
                + "restored diplomatic relations.")).noneMatch(a -> a.status().equals("in_force"));
    }

    @Test
    void anUnnamedIndefiniteAgreementWithoutAStatusWordIsNoFact() {
        assertThat(of("Bolivia and Chile came closest to a deal in 1975, when their presidents met.")).isEmpty();
        assertThat(of("Bolivia and Chile signed a deal in 1975.")).hasSize(1);
    }

    @Test
    void aNegatedSigningIsNoFact() {
        assertThat(of("India and Pakistan did not sign the water agreement in 2019.")).isEmpty();
        assertThat(of("Ethiopia refused to sign the agreement with Egypt in 2020.")).isEmpty();
        assertThat(of("Argentina has never ratified the treaty with Chile.")).isEmpty();
    }

    @Test
    void aHypotheticalSigningIsNoFact() {
        assertThat(of("Armenia and Turkey could sign a border protocol next year.")).isEmpty();
        assertThat(of("If Serbia and Kosovo sign an agreement, the European Union will lift the measures.")).isEmpty();
        assertThat(of("Japan and South Korea should ratify the fisheries treaty.")).isEmpty();
    }

    @Test
    void aNounOfStatusWithAHypotheticalPredicateIsNoFact() {
        assertThat(of("Signing a tourism memorandum between Iran and Iraq could increase the number of visitors."))
                .isEmpty();
        assertThat(of("A signed treaty between Azerbaijan and Armenia could open the railway.")).isEmpty();
    }

    @Test
    void aPlannedSigningIsAProposal() {
        Agreement a = only("Indonesia and Australia plan to sign a defence agreement.");
        assertThat(a.status()).isEqualTo("proposed");
        assertThat(only("Egypt and Sudan are expected to sign a power agreement.").status()).isEqualTo("proposed");
        assertThat(only("Nigeria and Ghana agreed to sign a trade protocol.").status()).isEqualTo("proposed");
    }

    @Test
    void aPlanReportsNoLaterStatus() {
        assertThat(of("Hungary plans to withdraw from the treaty with Ukraine.")).isEmpty();
    }

    @Test
    void aDecisionToReviveAnAgreementPutsItInForce() {
        assertThat(of("In 2023 Iran and Saudi Arabia agreed to revive a 2001 security agreement."))
                .extracting(Agreements::brief).contains("IRN-SAU in_force 2023", "IRN-SAU signed 2001");
    }

    @Test
    void aPlanToImplementANewAgreementIsAProposal() {
        assertThat(only("Bangladesh and Bhutan aim at the removal of tariffs and the implementation of a "
                + "preferential trade agreement.").status()).isEqualTo("proposed");
    }

    @Test
    void aProposalInThePresentTenseIsDatedByTheTimeOfWriting() {
        Agreement a = coding("Kenya and Tanzania plan to sign a railway agreement.",
                java.time.LocalDate.of(2021, 6, 1)).agreements().get(0);
        assertThat(brief(a)).isEqualTo("KEN-TZA proposed 2021");
        Agreement past = coding("In the 1990s talks failed. Kenya and Tanzania planned to sign a railway agreement.",
                java.time.LocalDate.of(2021, 6, 1)).agreements().get(0);
        assertThat(past.date()).isNull();
    }

    @Test
    void aModalFarFromTheStatusWordDoesNotGovernIt() {
        assertThat(of("To win trust, Islamabad must first review the economic agreements it has signed with Tehran."))
                .extracting(Agreement::status).containsExactly("signed");
    }

    @Test
    void aSigningOnlyIntendedByAVisitIsSignedWithoutASigningEvent() {
        AgreementCoding c = coding("The Chilean foreign minister visited Lima to sign a memorandum of understanding "
                + "between the Chilean and Peruvian chambers of commerce.");
        assertThat(c.agreements()).extracting(Agreement::status).containsExactly("signed");
        assertThat(c.signings()).isEmpty();
    }
}
