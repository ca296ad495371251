package org.entente.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Verbal conflict (CAMEO 10-13, 16) and stated intents (03): condemnations and rejections of other states'
 * agreements, denunciations of a thing as void, reported demands and intents, veiled threats.
 */
class VerbalConflictTest {

    @Test
    void takingTheDisputeToACourtIsALawsuitAgainstTheOtherSide() {
        assertThat(Coded.events("Ghana and Togo disputed the islands. In 2014 Togo took the dispute to the "
                + "International Tribunal for the Law of the Sea.")).contains("TGO→GHA 115 2014");
    }

    @Test
    void aDemandWithoutATargetInAnArticleAboutTwoStatesIsMadeOfTheOtherOne() {
        assertThat(Coded.events("Ghana and Togo clashed at the border in May 2011. Ghana demanded compensation."))
                .contains("GHA→TGO 100 2011-05");
        assertThat(Coded.events("Ghana and Togo clashed at the border in May 2011. The compensation demanded by the "
                + "families was never paid.")).noneMatch(e -> e.contains(" 100 "));
    }

    @Test
    void objectingToAStatesActIsDisapprovalOfIt() {
        assertThat(Coded.events("In 1975 Peru objected to the Chilean proposal.")).containsExactly("PER→CHL 111 1975");
    }

    @Test
    void anAgreementCondemnedWithoutItsPartiesIsTheOneSignedBefore() {
        assertThat(Coded.events("Japan and the Philippines signed a defence pact on 8 July 2024. China criticised "
                + "the agreement on 9 July 2024.")).contains("CHN→JPN 111 2024-07-09", "CHN→PHL 111 2024-07-09");
        assertThat(Coded.events("China criticised the agreement on 9 July 2024.")).isEmpty();
    }

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

    @Test
    void aStateSayingAnotherShouldStopSomethingDemandsItOfThatState() {
        assertThat(Coded.events("In May 2016 Bolivian officials said Chile should stop building the canal."))
                .containsExactly("BOL→CHL 100 2016-05");
    }

    @Test
    void aDemandReportedWithThatOrToAnAudienceGoesFromTheSayerToTheToldState() {
        assertThat(Coded.events("In 2009 the Hungarian minister told reporters that Slovakia must repeal the law. "
                + "In 2012 Austria insisted Slovenia ought to drop the case."))
                .contains("HUN→SVK 100 2009", "AUT→SVN 100 2012");
    }

    @Test
    void anUndatedReportedDemandInADatedReportIsDatedWhenWritten() {
        assertThat(Coded.events("Vietnamese officials said China must withdraw its survey ship.", "2024-05-14"))
                .containsExactly("VNM→CHN 100 2024-05-14");
    }

    @Test
    void whatAStateShouldBeOrWhatAnAnalystSaysIsNoDemand() {
        assertThat(Coded.events("In 2018 Japan said Korea should be more careful. "
                + "In 2019 analysts said Korea should lift the controls. "
                + "In 2020 Japan said Japan must act. In 2021 Japan said it should review its rules."))
                .noneMatch(e -> e.contains(" 10"));
    }

    @Test
    void marketDemandIsNoDemandBetweenStates() {
        assertThat(Coded.events("Oil is shipped through Nigeria, and Indian demand drives the trade."))
                .noneMatch(e -> e.contains(" 10"));
    }

    /** An opening that makes Sudan and South Sudan the article's pair. */
    private static final String SUDANS = "Sudan and South Sudan have disputed the Abyei area since 2011. ";

    @Test
    void sayingThatAllOptionsAreOpenIsAVeiledThreatToTheOtherSide() {
        assertThat(Coded.events(SUDANS + "In April 2012 the Sudanese president told supporters that \"all options "
                + "are open\" to protect Sudan's oil. In 2013 South Sudan said nothing is off the table."))
                .contains("SDN→SSD 130 2012-04", "SSD→SDN 130 2013");
    }

    @Test
    void aVeiledThreatWithoutAStateThatSaysItIsNoEvent() {
        assertThat(Coded.events(SUDANS + "In 2014 analysts said all options are on the table."))
                .noneMatch(e -> e.contains(" 13"));
    }

    @Test
    void anAnnouncedRetaliationOrAThreatToActThreatensTheOtherSide() {
        assertThat(Coded.events(SUDANS + "In March 2015 Juba said it would respond with tariffs. "
                + "In 2016 Sudan threatened to close the pipeline."))
                .contains("SSD→SDN 1312 2015-03", "SDN→SSD 130 2016");
    }

    @Test
    void aVeiledThreatSaidByAnUnnamedSpeakerAfterAnObjectStateIsNotThatStates() {
        assertThat(Coded.events(SUDANS + "In 2017 Sudan dismissed the South Sudanese statement, and its ministry "
                + "told reporters that all options are open."))
                .noneMatch(e -> e.startsWith("SSD→SDN 13"));
    }

    @Test
    void blamingAStateInAParticipleAfterACommaIsDoneByTheSentencesSubject() {
        assertThat(Coded.events("In June 2012 the Peruvian foreign ministry announced that the border talks had "
                + "ended, blaming Ecuador for their failure."))
                .contains("PER→ECU 112 2012-06");
    }

    @Test
    void aTextAgreedAtAMeetingStatesNoIntent() {
        assertThat(Coded.events("In October 2021 Chile and Peru adopted the Lima Framework, agreed at a summit in "
                + "Santiago."))
                .noneMatch(e -> e.contains(" 03"));
    }

    @Test
    void newspapersAndAnalystsSpeakForThemselvesNotForTheirState() {
        assertThat(Coded.events("In 2023 Algerian newspapers criticised Morocco. "
                + "In 2024 Moroccan analysts condemned Algeria."))
                .isEmpty();
    }

    /** An opening that makes Japan and North Korea the article's pair. */
    private static final String KOREA = "Japan and North Korea have no diplomatic relations. ";

    @Test
    void callingAnActAViolationOrAProvocationIsADenunciation() {
        assertThat(Coded.events(KOREA + "In May 2017 Tokyo called the missile test a provocation. "
                + "In 2018 North Korea described the Japanese drills as an act of war. "
                + "In 2019 Japan branded North Korea's launch a violation of the accord."))
                .contains("JPN→PRK 111 2017-05", "PRK→JPN 111 2018", "JPN→PRK 111 2019");
    }

    @Test
    void aNameOrAnAppealIsNoDenunciation() {
        assertThat(Coded.events(KOREA + "In 2019 a group called the Friends of Korea visited Tokyo. "
                + "In 2020 Japan called on North Korea to return the abductees. "
                + "In 2021 Japan called the talks useful."))
                .noneMatch(e -> e.contains(" 111 "));
    }

    @Test
    void aReactionToAnActToldEarlierInTheSentenceTakesThatActsDate() {
        assertThat(Coded.events(KOREA + "In 2015 Japan hosted a conference on the abductions. "
                + "North Korea announced in March 2016 that it had launched a satellite; Japan condemned the move."))
                .contains("JPN→PRK 111 2016-03");
    }

    /** An opening that makes Cyprus and Turkey the article's pair. */
    private static final String CYPRUS = "Cyprus and Turkey met in Geneva on 2 May 2024. ";

    @Test
    void talksOrMeetingsToComeWithoutSidesAreAnIntentOfThePair() {
        assertThat(Coded.events(CYPRUS + "Officials said the interior ministries would continue talks on migration.",
                "2024-05-03"))
                .contains("CYP→TUR 036 2024-05-03");
        assertThat(Coded.events(CYPRUS + "Regular meetings of the foreign ministers are planned.", "2024-05-03"))
                .contains("CYP→TUR 036 2024-05-03");
    }

    @Test
    void talksThatMightHappenOrTalksOfOtherStatesAreNoIntentOfThePair() {
        assertThat(Coded.events(CYPRUS + "Analysts said talks could resume.", "2024-05-03"))
                .noneMatch(e -> e.contains(" 036 "));
        assertThat(Coded.events(CYPRUS + "Officials said Greece would hold talks with Egypt.", "2024-05-03"))
                .noneMatch(e -> e.startsWith("CYP→TUR 036"));
    }
}
