package org.entente.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Material cooperation, de-escalation and intents (CAMEO 03, 05-08): what is given and to whom, concessions made by
 * each side, concessions and aid whose recipient is the other state of the article's pair, and intents reported by
 * the party that holds them.
 */
class CooperationTest {

    @Test
    void handingOverInsurgentsOrRebelsIsJudicialCooperation() {
        assertThat(Coded.events("In 2010 Bhutan handed over the leaders of several insurgent groups to India."))
                .containsExactly("BTN→IND 063 2010");
    }

    @Test
    void jointOperationsOfTwoStatesTroopsAreMilitaryCooperation() {
        assertThat(Coded.events("In 2016 Malian and Nigerien troops conducted joint operations near Menaka."))
                .containsExactly("MLI→NER 062 2016");
    }

    @Test
    void anOfferOfTerritoryOrATruceIsAnIntentToYieldToTheOtherSide() {
        assertThat(Coded.events("Ecuador and Peru disputed the border. In 1998 Peru offered land at Tiwinza in "
                + "exchange for a final settlement.")).contains("PER→ECU 035 1998");
        assertThat(Coded.events("Ecuador and Peru disputed the border. In 1995 Ecuador offered a ceasefire."))
                .contains("ECU→PER 0356 1995");
    }

    @Test
    void approvingAnotherStatesApplicationOrAccessionIsDiplomaticCooperationWithIt() {
        assertThat(Coded.events("In May 2016 the Slovak parliament approved Montenegro's bid to join the alliance."))
                .containsExactly("SVK→MNE 050 2016-05");
        assertThat(Coded.events("Ukraine's application was ratified by the Polish Sejm in 2023."))
                .containsExactly("POL→UKR 050 2023");
        assertThat(Coded.events("In 2016 Croatia approved the border treaty with Montenegro.")).isEmpty();
    }

    @Test
    void whatIsProvidedInAWithPhraseDecidesTheAid() {
        assertThat(Coded.events("In 2012 Washington provided Colombia with helicopters and training."))
                .containsExactly("USA→COL 070 2012");
    }

    @Test
    void moneyContributedToAStateIsEconomicAid() {
        assertThat(Coded.events("In 2016 Malaysia contributed $2 million to Myanmar."))
                .containsExactly("MYS→MMR 071 2016");
    }

    @Test
    void aConcessionMadeByEachSideIsOneEventEachWay() {
        assertThat(Coded.events("In 2012 Canada and Brazil lifted their tariffs."))
                .containsExactlyInAnyOrder("CAN→BRA 085 2012", "BRA→CAN 085 2012");
    }

    @Test
    void anExchangeOfPrisonersIsAReleaseEachWay() {
        assertThat(Coded.events("In 2011 Chile and Bolivia exchanged 40 prisoners each."))
                .containsExactlyInAnyOrder("CHL→BOL 0841 2011", "BOL→CHL 0841 2011");
    }

    @Test
    void somethingReturnedWithoutARecipientGoesToTheOtherStateOfThePair() {
        assertThat(Coded.events("Relations between Peru and Ecuador improved in 2010. "
                + "In March 2011 Peru returned the seized fishing boats."))
                .contains("PER→ECU 0842 2011-03");
    }

    @Test
    void forcesPullingOutOfGroundTheyHeldRetreatFromTheOtherState() {
        assertThat(Coded.events("Eritrea and Ethiopia fought a war from 1998. "
                + "In 2000 Eritrean forces withdrew from positions they had taken."))
                .contains("ERI→ETH 0874 2000");
    }

    @Test
    void troopsDeployedWithoutADestinationAreNotSentToTheOtherState() {
        assertThat(Coded.events("Tensions between India and China rose in 2020. "
                + "India deployed troops along the border in June 2020."))
                .noneMatch(e -> e.startsWith("IND→CHN 07"));
    }

    @Test
    void aReleaseReportedAsWhatAStateWouldDoIsAnIntent() {
        assertThat(Coded.events("In 2019 Peru said it would release 30 Chilean servicemen."))
                .containsExactly("PER→CHL 0353 2019");
    }

    @Test
    void anAnnouncedRestorationOfTiesIsAnIntentOfDiplomaticCooperation() {
        assertThat(Coded.events("In 2012 the Chilean government announced it would restore ties with Bolivia."))
                .containsExactly("CHL→BOL 032 2012");
    }

    @Test
    void statesThatNormaliseRelationsRestoreThem() {
        assertThat(Coded.events("In 2001 Thailand and Laos normalised relations."))
                .containsExactly("THA→LAO 050 2001");
    }

    @Test
    void forcesThatDisengageDeEscalate() {
        assertThat(Coded.events("In June 2021 Kyrgyz and Tajik troops disengaged along the border."))
                .containsExactly("KGZ→TJK 087 2021-06");
    }

    @Test
    void aTradeTargetSetTogetherIsAnIntentOfEconomicCooperation() {
        assertThat(Coded.events("In 2015 Vietnam and Japan set a target of $50 billion in trade by 2030."))
                .containsExactly("VNM→JPN 0311 2015");
    }

    @Test
    void aFrontedWhenClauseDatesTheMainClauseEvenWhenItsOwnEventTookTheDate() {
        assertThat(Coded.events("When the Kenyan president visited Uganda in May 2015, "
                + "the two governments pledged to build a railway."))
                .contains("KEN→UGA 042 2015-05", "KEN→UGA 030 2015-05");
    }

    @Test
    void relationsNormalisedWithoutNamingTheSidesAreThoseOfTheArticlesPairNamedFirstAsSource() {
        assertThat(Coded.events("Vietnam and Cambodia clashed in 1978. Vietnam invaded Cambodia in December 1978. "
                + "Relations were normalised only in October 1991."))
                .contains("VNM→KHM 050 1991-10");
    }

    @Test
    void tiesCutOrRestoredAndBordersClosedWithoutNamingTheSidesAreThePairs() {
        String opening = "Eritrea and Djibouti clashed in 2008. ";
        assertThat(Coded.events(opening + "Diplomatic ties were severed in 2010.")).contains("ERI→DJI 161 2010");
        assertThat(Coded.events(opening + "Diplomatic relations were restored in September 2018."))
                .contains("ERI→DJI 050 2018-09");
        assertThat(Coded.events(opening + "The border was closed in 2009.")).contains("ERI→DJI 191 2009");
        assertThat(Coded.events(opening + "A ceasefire was agreed in Doha in 2010.")).contains("ERI→DJI 0871 2010");
        assertThat(Coded.events(opening + "The border was closed.")).noneMatch(e -> e.contains(" 191 "));
        assertThat(Coded.events(opening + "In 2009 the border with Ethiopia was closed."))
                .noneMatch(e -> e.contains("ERI→DJI 191"));
    }

    @Test
    void ambassadorsExchangedOrReturningRestoreRelations() {
        assertThat(Coded.events("Eritrea and Djibouti clashed in 2008. Ambassadors were exchanged in May 2019."))
                .contains("ERI→DJI 050 2019-05");
        assertThat(Coded.events("In 2019 Eritrea exchanged ambassadors with Djibouti.")).containsExactly("ERI→DJI 050 2019");
    }

    @Test
    void anUndatedSummaryOfNormalisedRelationsIsNoEvent() {
        assertThat(Coded.events("Guyana and Venezuela clashed in 2015. Relations were normalised."))
                .noneMatch(e -> e.contains(" 050 "));
    }

    @Test
    void aCeasefireThatTookEffectIsOneBetweenThePairDatedByItsRelativeClause() {
        assertThat(Coded.events("Sudan and South Sudan clashed in 2012. "
                + "The war ended with a ceasefire that took effect on 12 May 2012."))
                .contains("SDN→SSD 0871 2012-05-12");
    }

    @Test
    void aParticipleDescribingTheObjectDoesNotCutTheVerbsPhrases() {
        assertThat(Coded.events("In 2009 Kenya handed 12 suspects accused of piracy over to the Seychelles."))
                .containsExactly("KEN→SYC 063 2009");
    }

    @Test
    void anAmbassadorSentBackRestoresRelations() {
        assertThat(Coded.events("Kenya and Somalia quarrelled in 2019. In 2021 Kenya returned its ambassador to "
                + "Mogadishu."))
                .contains("KEN→SOM 050 2021");
    }

    @Test
    void troopsWithdrawnByBothSidesAreARetreatEachWay() {
        assertThat(Coded.events("Thailand and Cambodia fought in 2011. In May 2011 both sides withdrew their troops."))
                .contains("THA→KHM 0874 2011-05", "KHM→THA 0874 2011-05");
    }

    @Test
    void aConcessionDemandedOfTheOtherSideIsNotMade() {
        assertThat(Coded.events("In 2018 Ankara demanded that Washington lift its sanctions."))
                .containsExactly("TUR→USA 100 2018");
    }

    @Test
    void anAnalystsRecommendationOrARefusalIsNoConcession() {
        assertThat(Coded.events("Analysts said Chile should release the prisoners to Bolivia. "
                + "In 2019 Japan refused to lift the export controls on Korea."))
                .isEmpty();
    }

    @Test
    void congratulatingIsPraise() {
        assertThat(Coded.events("In May 2022 Ghana congratulated Togo on its election to the council."))
                .contains("GHA→TGO 051 2022-05");
    }
}
