package org.entente.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Conflict and coercion (CAMEO 12-19): shows of force, fighting by both sides, blockades, revocations, sanctions and
 * threats of them, seizures, and the opponent a military act leaves unnamed.
 */
class ConflictEventsTest {

    /** An opening that makes Ethiopia and Eritrea the article's pair. */
    private static final String HORN = "Ethiopia and Eritrea have disputed their border since 1998. "
            + "Eritrea and Ethiopia fought a border war. ";

    @Test
    void cancellingAnotherStatesVisitIsAimedAtTheVisitor() {
        assertThat(Coded.events("In 2023 Hungary called off a planned visit by Sweden's foreign minister to Budapest."))
                .containsExactly("HUN→SWE 160 2023");
        assertThat(Coded.events("In 2019 Kenya cancelled the Somali president's visit to Nairobi."))
                .containsExactly("KEN→SOM 160 2019");
        assertThat(Coded.events("In 2019 Kenya postponed its president's visit to Somalia."))
                .containsExactly("KEN→SOM 160 2019");
    }

    @Test
    void aQuantifierBeforeTheNumberOfPeopleLeavesThemTheObject() {
        assertThat(Coded.events("In 2022 Venezuelan troops killed at least 12 Colombian soldiers.")).containsExactly(
                "VEN→COL 190 2022");
        assertThat(Coded.events("In 2022 Ghana expelled more than 20 Togolese diplomats.")).containsExactly(
                "GHA→TGO 161 2022");
    }

    @Test
    void arrestingShootingAtOrKillingAStatesPeopleIsAimedAtThatState() {
        assertThat(Coded.events("In June 2017 Eritrean border guards killed three Ethiopian soldiers."))
                .containsExactly("ERI→ETH 190 2017-06");
        assertThat(Coded.events("In 2016 Venezuelan police killed two Colombian smugglers."))
                .containsExactly("VEN→COL 180 2016");
        assertThat(Coded.events("In 2016 four Colombian soldiers were killed by Venezuelan troops."))
                .containsExactly("VEN→COL 190 2016");
        assertThat(Coded.events("In 2021 Malaysian coast guard vessels fired water cannon at a Vietnamese trawler."))
                .containsExactly("MYS→VNM 180 2021");
        assertThat(Coded.events("In 2021 Indonesia arrested twelve Malaysian fishermen.")).containsExactly(
                "IDN→MYS 173 2021");
    }

    @Test
    void deathsOrArrestsThatOnlyFollowAnActAreNotActsOfTheirOwn() {
        assertThat(Coded.events("In 2021 floods killed forty Malaysian tourists.")).isEmpty();
        assertThat(Coded.events("In 1998 Eritrea clashed with Ethiopia at Badme, with hundreds of soldiers killed.",
                "2000-01-01")).containsExactly("ERI→ETH 190 1998");
    }

    @Test
    void coordinatedArmiesFightingIsOneEventEachWay() {
        assertThat(Coded.events("In May 2011 Thai and Cambodian troops fought near the temple."))
                .containsExactlyInAnyOrder("THA→KHM 190 2011-05", "KHM→THA 190 2011-05");
    }

    @Test
    void theTwoArmiesClashingIsOneEventEachWay() {
        assertThat(Coded.events(HORN + "In June 2000 soldiers of the two armies clashed again near the town."))
                .contains("ETH→ERI 190 2000-06", "ERI→ETH 190 2000-06");
    }

    @Test
    void theDeportationOfAStatesNationalsIsAnExpulsionOfPeopleAimedAtThatState() {
        assertThat(Coded.events("The deportation of Kenyan traders by Tanzania in 2020 angered Nairobi."))
                .contains("TZA→KEN 174 2020");
    }

    @Test
    void fightingAWarIsOneActDatedOnceForBothSides() {
        assertThat(Coded.events("Chile and Bolivia fought a long war in 1879."))
                .containsExactlyInAnyOrder("CHL→BOL 190 1879", "BOL→CHL 190 1879");
    }

    @Test
    void goingToWarIsFightingNotTravel() {
        assertThat(Coded.events("Honduras and El Salvador went to war in July 1969."))
                .containsExactlyInAnyOrder("HND→SLV 190 1969-07", "SLV→HND 190 1969-07");
        assertThat(Coded.events("In 1995 Peru went to war with Ecuador over the Cenepa valley."))
                .containsExactly("PER→ECU 190 1995");
    }

    @Test
    void eachSideActingOnTheOtherIsOneEventEachWay() {
        assertThat(Coded.events(HORN + "In 2019 each side accused the other of moving troops."))
                .contains("ETH→ERI 112 2019", "ERI→ETH 112 2019");
        assertThat(Coded.events(HORN + "In 2020 each government took the other to court."))
                .contains("ETH→ERI 115 2020", "ERI→ETH 115 2020");
    }

    @Test
    void strikingAGroupInsideAnotherStateIsAStrikeOnThatState() {
        assertThat(Coded.events("In 2011 Kenyan jets bombed al-Shabaab camps inside Somali territory."))
                .containsExactly("KEN→SOM 195 2011");
        assertThat(Coded.events("In 2011 Kenyan jets bombed al-Shabaab camps.")).isEmpty();
    }

    @Test
    void fightingANamedEnemyIsOneWay() {
        assertThat(Coded.events("In 1932 Bolivia fought Paraguay over the Chaco."))
                .containsExactly("BOL→PRY 190 1932");
    }

    @Test
    void anOffensiveWithoutATargetIsAimedAtTheOtherSide() {
        assertThat(Coded.events(HORN + "In May 2000 Ethiopia launched a large offensive along the western front."))
                .contains("ETH→ERI 190 2000-05");
    }

    @Test
    void troopsMassedOrMovedWithoutATargetAreAShowOfForceAgainstTheOtherSide() {
        assertThat(Coded.events(HORN + "In 2005 Eritrean troops moved onto the disputed plateau. "
                + "In March 2006 Ethiopia mobilised its army at several points in the north."))
                .contains("ERI→ETH 150 2005", "ETH→ERI 150 2006-03");
    }

    @Test
    void aShipEscortedByWarshipsIsAShowOfForce() {
        assertThat(Coded.events("Vietnam and China dispute the islands. In 2019 China sent a research ship, "
                + "escorted by coast guard vessels, into waters that Vietnam claims."))
                .contains("CHN→VNM 150 2019");
    }

    @Test
    void aMoveWithoutAnyForceIsNoShowOfForce() {
        assertThat(Coded.events(HORN + "In 2004 Eritrea moved closer to the position of the commission."))
                .noneMatch(e -> e.contains(" 15"));
    }

    @Test
    void closingTheBorderOrSettingUpACheckpointIsABlockade() {
        assertThat(Coded.events(HORN + "In 2018 Eritrea closed its land border at the main crossing. "
                + "In 2019 Ethiopia set up a checkpoint on the road to the port."))
                .contains("ERI→ETH 191 2018", "ETH→ERI 191 2019");
    }

    @Test
    void blockingAStatesPatrolsIsARestriction() {
        assertThat(Coded.events("In 2021 Chinese troops blocked Bhutanese patrols near the ridge."))
                .contains("CHN→BTN 191 2021");
    }

    @Test
    void revokingAStatesAuthorisationReducesRelations() {
        assertThat(Coded.events("In 2022 Niger revoked France's permission to use its airspace."))
                .containsExactly("NER→FRA 160 2022");
    }

    @Test
    void sendingTroopsAcrossTheBorderIsAnInvasion() {
        assertThat(Coded.events(HORN + "In May 1998 Eritrea sent some 5,000 troops across the border."))
                .contains("ERI→ETH 190 1998-05");
    }

    @Test
    void sendingTroopsToHelpIsNoInvasion() {
        assertThat(Coded.events("In 2013 France sent troops to Mali to fight the insurgents."))
                .noneMatch(e -> e.contains(" 19"));
    }

    @Test
    void retaliationWithDutiesIsASanction() {
        assertThat(Coded.events("In 2019 India retaliated weeks later with duties on American almonds."))
                .containsExactly("IND→USA 163 2019");
    }

    @Test
    void aRetaliationStillToComeIsAThreatOfSanctions() {
        assertThat(Coded.events("In 2018 the European Union said it would respond with tariffs on American "
                + "motorcycles."))
                .contains("IGO→USA 1312 2018");
    }

    @Test
    void aThreatenedTariffOnAStatesGoodsIsAThreatOfSanctions() {
        assertThat(Coded.events("In 2020 Australia threatened a 20 percent tariff on all Chinese steel."))
                .containsExactly("AUS→CHN 1312 2020");
    }

    @Test
    void cuttingOffGasIsAnEmbargo() {
        assertThat(Coded.events("In January 2006 Russia cut off gas supplies to Georgia."))
                .containsExactly("RUS→GEO 163 2006-01");
    }

    @Test
    void suspendingAJointCommissionHaltsTalks() {
        assertThat(Coded.events("In 2017 Qatar suspended the joint border commission with Bahrain."))
                .containsExactly("QAT→BHR 164 2017");
    }

    @Test
    void rammingAndSinkingABoatIsCoercion() {
        assertThat(Coded.events("In 2016 an Argentine coast guard ship rammed and sank a Chinese trawler."))
                .containsExactly("ARG→CHN 171 2016");
    }

    @Test
    void aWarningThatSaysWhatItWillDoThreatensTheOtherSide() {
        assertThat(Coded.events(HORN + "In 2021 Eritrea warned that it would respond to any provocation."))
                .contains("ERI→ETH 130 2021");
    }

    @Test
    void anAttackOnTerrorismIsNoWarWithAState() {
        assertThat(Coded.events("In 2015 Jordan promised more cooperation with Iraq in fighting extremism."))
                .noneMatch(e -> e.contains(" 190 "));
    }

    @Test
    void protestersStormingAnEmbassyAreNotTheHostState() {
        assertThat(Coded.events("Serbia and Albania clashed over Kosovo. In 2008 protesters stormed the "
                + "Albanian embassy in Belgrade."))
                .noneMatch(e -> e.contains(" 171 "));
    }

    @Test
    void whatAnAccusationSaysTheAccusedDidIsNoFact() {
        assertThat(Coded.events("In 2015 Kyiv accused Moscow of sending tanks across the border."))
                .containsExactly("UKR→RUS 112 2015");
    }

    @Test
    void aConflictActWithoutATargetSharesTheTargetOfTheActBeforeIt() {
        assertThat(Coded.events("In 2017 Egypt and Bahrain cut ties with Qatar within days, and Jordan "
                + "downgraded its relations."))
                .contains("EGY→QAT 161 2017", "BHR→QAT 161 2017", "JOR→QAT 161 2017");
    }

    @Test
    void aTerritoryAStateOccupiedIsNotTheOtherSide() {
        assertThat(Coded.events(HORN + "Badme is a village which Eritrea occupied in 1998."))
                .noneMatch(e -> e.startsWith("ERI→ETH 192"));
    }

    @Test
    void aWarOnTerrorIsNoWarBetweenTheTwoCountries() {
        assertThat(Coded.events("Kenya and Somalia pledged cooperation in 2019 in the war on terrorism along the "
                + "border of the two countries."))
                .noneMatch(e -> e.contains(" 190 "));
    }

    @Test
    void aPlannedRestrictionBeingLiftedIsNoThreat() {
        assertThat(Coded.events("In 2023 Japan said it would lift the export controls it had imposed on Korea."))
                .noneMatch(e -> e.contains(" 13"));
    }

    @Test
    void rejectingAThingAStateMadeRejectsThatState() {
        assertThat(Coded.events("In 2019 Bolivia rejected the final results of the Peruvian boundary survey."))
                .containsExactly("BOL→PER 120 2019");
    }

    @Test
    void aRejectionTakesNoOwnerFromAfterItsObject() {
        assertThat(Coded.events("In 2019 Bolivia rejected the proposal, and Peru welcomed it."))
                .noneMatch(e -> e.startsWith("BOL→PER 12"));
    }
}
