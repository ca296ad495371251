package org.entente.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Verbal conflict (CAMEO 10-13, 16) and stated intents (03): condemnations and rejections of other states'
 * agreements, denunciations of a thing as void, reported demands and intents, veiled threats.
 */
class VerbalConflictTest {

    @Test
    void condemningAnAgreementThatOtherStatesSignedIsOneEventPerParty() {
        assertThat(Coded.events("In March 2019 Tanzania condemned the memorandum that Kenya and Somalia signed."))
                .contains("TZA→KEN 111 2019-03", "TZA→SOM 111 2019-03");
    }

    @Test
    void rejectingATreatyBetweenTwoStatesRejectsEachOfThem() {
        assertThat(Coded.events("In 2011 Bolivia rejected the treaty between Chile and Peru."))
                .contains("BOL→CHL 120 2011", "BOL→PER 120 2011");
    }

    @Test
    void anAgreementDismissedInARelativeClauseIsDenouncedWithEachOfItsParties() {
        assertThat(Coded.events("In July 2018 Serbia and Hungary signed a pipeline agreement, which Zagreb "
                + "dismissed as null and void."))
                .contains("HRV→SRB 111 2018-07", "HRV→HUN 111 2018-07")
                .noneMatch(e -> e.startsWith("HRV→") && e.contains(" 120 "));
    }

    @Test
    void aRejectionThatCallsTheThingIllegalIsADenunciation() {
        assertThat(Coded.events("In 2014 Ukraine rejected the treaty between Russia and Crimea as illegal."))
                .contains("UKR→RUS 111 2014")
                .noneMatch(e -> e.contains(" 120 "));
    }

    @Test
    void anUndatedCondemnationOfADatedAgreementTakesTheAgreementsYear() {
        assertThat(Coded.events("Peru denounced a fishing accord that Chile signed with Ecuador in May 2004."))
                .contains("PER→CHL 111 2004", "PER→ECU 111 2004");
    }

    @Test
    void theCondemningStateIsNeverItsOwnTarget() {
        assertThat(Coded.events("In 2020 Kenya criticised the accord that Kenya and Somalia signed in 2009."))
                .contains("KEN→SOM 111 2020")
                .noneMatch(e -> e.startsWith("KEN→KEN"));
    }

    @Test
    void condemningAnAgreementWithoutStatesNamedFindsNoParties() {
        assertThat(Coded.events("Norway condemned the agreement in 2015."))
                .isEmpty();
    }
}
