package org.entente.extraction.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.extraction.agreement.Agreements.brief;
import static org.entente.extraction.agreement.Agreements.of;
import static org.entente.extraction.agreement.Agreements.only;

import org.entente.extraction.Agreement;
import org.junit.jupiter.api.Test;

/** The status words of {@code status-cues.tsv}, in active, passive and noun forms. */
class AgreementStatusTest {

    @Test
    void exchangingInstrumentsOfRatificationPutsATreatyInForce() {
        assertThat(of("In May 2016 Kenya and Tanzania exchanged the instruments of ratification of the Mombasa "
                + "Boundary Treaty.").stream().map(Agreements::brief)).contains("KEN-TZA in_force 2016-05");
    }

    @Test
    void signingVerbsMakeASignedAgreement() {
        assertThat(brief(only("In 2014, India and Japan signed a civil nuclear agreement."))).isEqualTo("IND-JPN signed 2014");
        assertThat(brief(only("Chile and Peru inked a fisheries accord in March 2019."))).isEqualTo("CHL-PER signed 2019-03");
        assertThat(brief(only("Kenya concluded a defence pact with Ethiopia in 2012."))).isEqualTo("ETH-KEN signed 2012");
    }

    @Test
    void aPassiveTakesTheAgreementBeforeIt() {
        Agreement a = only("A visa agreement between Brazil and Mexico was signed on 3 May 2011.");
        assertThat(brief(a)).isEqualTo("BRA-MEX signed 2011-05-03");
    }

    @Test
    void theSigningOfNamesTheAgreementAfterIt() {
        assertThat(brief(only("The signing of a trade protocol between Vietnam and Laos in 2016 opened the border.")))
                .isEqualTo("LAO-VNM signed 2016");
    }

    @Test
    void joiningAndMembershipAreSigned() {
        assertThat(brief(only("In 1952, Greece and Turkey joined the North Atlantic Treaty Organization.")))
                .isEqualTo("GRC-TUR signed 1952");
        assertThat(only("Both Thailand and the Philippines were members of the Southeast Asia Treaty Organization.")
                .status()).isEqualTo("signed");
    }

    @Test
    void ratificationAndEntryIntoForceAreInForce() {
        assertThat(of("Egypt and Israel signed a peace treaty in 1979. The treaty entered into force in 1980."))
                .extracting(Agreements::brief).containsExactly("EGY-ISR signed 1979", "EGY-ISR in_force 1980");
        assertThat(of("Colombia and Ecuador ratified the border agreement in 2003."))
                .extracting(Agreement::status).containsExactly("in_force");
    }

    @Test
    void withdrawalSuspensionAndExpiryAreLaterStatuses() {
        assertThat(of("In 1987 the Soviet Union and the United States signed a missile treaty. "
                + "In 2019 the United States withdrew from the treaty."))
                .extracting(Agreements::brief).containsExactly("SUN-USA signed 1987", "SUN-USA withdrawn 2019");
        assertThat(of("Norway and Russia signed a fisheries agreement in 2010. The agreement was suspended in 2022."))
                .extracting(Agreement::status).containsExactly("signed", "stalled");
        assertThat(of("Nepal and India signed a trade treaty in 1991. The treaty expired in 2001."))
                .extracting(Agreement::status).containsExactly("signed", "ended");
    }

    @Test
    void refrainingFromImplementingStallsTheAgreementReferredTo() {
        assertThat(of("Ghana and Togo signed a power agreement in 2005. Since that agreement was signed, Togo has "
                + "refrained from implementing its share of the project."))
                .extracting(Agreement::status).containsExactly("signed", "stalled");
    }

    @Test
    void aStatusVerbWithASubjectOfItsOwnIsNotAboutTheAgreementBefore() {
        assertThat(of("Peru, whose consent the 1929 treaty with Chile required, objected, and the talks collapsed."))
                .extracting(Agreement::status).doesNotContain("ended");
    }

    @Test
    void proposalsAndDraftsAreProposed() {
        assertThat(only("Kenya and Uganda proposed a railway agreement in 2015.").status()).isEqualTo("proposed");
        assertThat(only("In 2022, Serbia and Kosovo initialled the draft agreement.").status()).isEqualTo("proposed");
        assertThat(only("Spain and Morocco are negotiating a fisheries agreement.").status()).isEqualTo("proposed");
    }

    @Test
    void anOrderOfArmsFromAStateIsASignedContractWithIt() {
        Agreement a = only("In 2016 Egypt ordered 24 Rafale fighter jets from France.");
        assertThat(brief(a)).isEqualTo("EGY-FRA signed 2016");
        assertThat(a.type()).isEqualTo("contract");
        assertThat(a.domain()).isEqualTo("defence");
    }

    @Test
    void anOrderWithoutGoodsOrSellerIsNoContract() {
        assertThat(of("In 2016 the Egyptian president ordered an inquiry into the crash in France.")).isEmpty();
    }

    @Test
    void aContractNamingItsPartiesIsSignedWithoutAStatusWord() {
        assertThat(only("Work began under a contract between the Peruvian government and Chile's state mining company.")
                .status()).isEqualTo("signed");
    }

    @Test
    void aNamedAgreementWithItsDateIsSignedAtThatDate() {
        assertThat(brief(only("Relations between Germany and Poland rest on the 1991 Treaty of Good Neighbourship.")))
                .isEqualTo("DEU-POL signed 1991");
        assertThat(brief(only("Cuba and Mexico cited the Havana Protocol of 12 June 1998 as a precedent.")))
                .isEqualTo("CUB-MEX signed 1998-06-12");
    }

    @Test
    void aBareMentionWithoutPartiesOrDateIsNoFact() {
        assertThat(of("The agreement was discussed at length by analysts in Germany.")).isEmpty();
        assertThat(of("Turkey and Greece talked about trade.")).isEmpty();
    }

    @Test
    void theVerbOfAnObjectRelativeClauseStatesTheAgreementBeforeIt() {
        assertThat(of("Trade rests on the customs treaty that Chile and Bolivia signed on 4 April 2004, together "
                + "with an agreement on transit rights.")).extracting(Agreements::brief)
                .containsExactly("BOL-CHL signed 2004-04-04", "BOL-CHL signed 2004-04-04");
    }

    @Test
    void aPhraseAddedByTogetherWithBelongsToTheStatusWordBeforeItOnly() {
        assertThat(of("A border treaty between Laos and Vietnam was signed on 3 March 1977, and a trade accord "
                + "between them was signed on 8 May 1979, together with a river agreement."))
                .extracting(Agreements::brief)
                .containsExactly("LAO-VNM signed 1977-03-03", "LAO-VNM signed 1979-05-08", "LAO-VNM signed 1979-05-08");
    }

    @Test
    void aDeclarationOrDocumentsSignedAreAgreementsWithoutAName() {
        assertThat(only("In 2019 Chile and Peru signed a declaration on migration.").status()).isEqualTo("signed");
        assertThat(only("In 2019 Chile and Peru signed 12 cooperation documents.").type()).isEqualTo("agreement");
        assertThat(only("In 2019 Russia, Kazakhstan and Belarus signed a trilateral statement on transit.")
                .parties()).containsExactly("BLR", "KAZ", "RUS");
        assertThat(of("In 2019 Chile issued a declaration on migration with Peru.")).isEmpty();
    }

    @Test
    void aGeneralAgreementWithADeterminerIsAnAgreementButGeneralAgreementAloneIsAnIdiom() {
        assertThat(only("Oman and Qatar signed a 2004 general agreement on cooperation in shipping.").date())
                .hasToString("2004");
        assertThat(of("In 2004 there was general agreement between Oman and Qatar on shipping.")).isEmpty();
    }

    @Test
    void aParticipleRightAfterAnAgreementIsAPassiveAboutIt() {
        assertThat(of("In 2015 Norway and Iceland agreed to renew a fishing accord signed in 1999 and a 2003 "
                + "research agreement.")).extracting(a -> a.status() + " " + a.date().iso() + " " + a.domain())
                .containsExactlyInAnyOrder("signed 1999 maritime", "in_force 2015 maritime",
                        "signed 2003 education", "in_force 2015 education");
    }
}
