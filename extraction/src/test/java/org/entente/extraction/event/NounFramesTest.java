package org.entente.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who acts on whom with a noun trigger: owners, 'of' and 'by' phrases, light verbs, 'between', lists. */
class NounFramesTest {

    @Test
    void aPossessorIsTheVisitor() {
        assertThat(Coded.events("Modi's visit to Beijing in April 2018 eased tensions."))
                .containsExactly("IND→CHN 042 2018-04");
    }

    @Test
    void theOfPhraseOfAVisitIsTheVisitor() {
        assertThat(Coded.events("The visit of the Chilean foreign minister to Lima in June 2016 was brief."))
                .containsExactly("CHL→PER 042 2016-06");
    }

    @Test
    void theOfPhraseOfAnInvasionIsTheInvaded() {
        assertThat(Coded.events("The Soviet invasion of Afghanistan in 1979 alarmed Pakistan."))
                .containsExactly("SUN→AFG 190 1979");
    }

    @Test
    void aLightVerbsSubjectHoldsTheTalks() {
        assertThat(Coded.events("In 2021 Armenia held talks with Azerbaijan in Brussels."))
                .contains("ARM→AZE 046 2021");
    }

    @Test
    void aLightVerbsSubjectLaunchesTheStrikes() {
        assertThat(Coded.events("In February 2019 India launched air strikes on Pakistan."))
                .containsExactly("IND→PAK 195 2019-02");
    }

    @Test
    void aStrikeInsideAProvinceIsAStrikeOnItsState() {
        assertThat(Coded.events("In 2024 Iran launched missile attacks within Pakistan's Balochistan province."))
                .containsExactly("IRN→PAK 195 2024");
    }

    @Test
    void betweenTwoStatesNamesBothSidesOfAJointAct() {
        assertThat(Coded.events("In 2010 talks between Serbia and Kosovo began in Brussels."))
                .containsExactly("SRB→XKX 046 2010");
    }

    @Test
    void aCompoundOfTwoStatesNamesTheSidesOfAWar() {
        assertThat(Coded.events("The Ethiopia–Eritrea war ended in 2000.")).hasSize(1)
                .allMatch(e -> e.contains("190") && e.contains("ETH") && e.contains("ERI"));
    }

    @Test
    void theNearestStateBeforeFightsAWarWithTheNamedOne() {
        assertThat(Coded.events("China's support for Pakistan in the 1965 war with India was verbal."))
                .contains("PAK→IND 190 1965");
    }

    @Test
    void anActWhoseModifierIsAnIrregularForceIsNoStateAct() {
        assertThat(Coded.events("In 2015 Kenya condemned the terrorist attacks in Somalia.")).isEmpty();
    }

    @Test
    void theObjectOfAnotherKindOfTriggerIsNotDoneByTheSubject() {
        assertThat(Coded.events("In 2022 Poland condemned the Russian attacks on Ukraine."))
                .contains("RUS→UKR 190 2022")
                .doesNotContain("POL→UKR 190 2022");
    }

    @Test
    void inSupportOfNamesWhoIsSupported() {
        assertThat(Coded.events("In 1991 Egypt sent troops in support of Saudi Arabia."))
                .contains("EGY→SAU 050 1991");
    }

    @Test
    void aVisitWithoutDestinationGoesToTheOtherStateOfTheArticle() {
        String text = "India and Japan have close ties. Japan and India trade a lot.\n\n"
                + "A rail agreement was concluded during Prime Minister Abe's visit in December 2015.";
        assertThat(Coded.events(text)).contains("JPN→IND 042 2015-12");
    }

    @Test
    void theExpulsionOfAnEnvoyIsTheHostsAct() {
        String text = "Ghana and Nigeria are neighbours. Nigeria and Ghana trade.\n\n"
                + "The dispute led to the expulsion of the Nigerian ambassador in 2019.";
        assertThat(Coded.events(text)).containsExactly("GHA→NGA 161 2019");
    }

    @Test
    void aPhoneCallBetweenTwoLeadersIsAConsultation() {
        assertThat(Coded.events("In March 2025 the Mexican president held a phone call with the US president."))
                .contains("MEX→USA 041 2025-03");
    }

    @Test
    void aNounAfterAPlaceNameIsStillANoun() {
        assertThat(Coded.events("The Persian Gulf War began in 1991.")).isEmpty();
    }

    @Test
    void aPossessorsParticipationInACampaignAgainstAStateIsAnAttackOnIt() {
        assertThat(Coded.events("Spain's participation in the French-led campaign against Mali in 2013 was small."))
                .contains("ESP→MLI 190 2013");
    }

    @Test
    void participationInACoalitionAgainstAStateIsAnAttackOnIt() {
        assertThat(Coded.events("Belgium's participation in the coalition against Libya in 2011 was brief."))
                .containsExactly("BEL→LBY 190 2011");
    }

    @Test
    void participationInTalksIsNoAttack() {
        assertThat(Coded.events("Spain's participation in the 2013 talks with Mali was welcomed."))
                .noneMatch(e -> e.startsWith("ESP→MLI 190"));
    }

    @Test
    void participationThatIsOnlyConsideredIsNoFact() {
        assertThat(Coded.events("Portugal would consider participation in a campaign against Mali.")).isEmpty();
    }

    @Test
    void theOfPhraseOfASupportWithAnOwnerIsTheSupported() {
        assertThat(Coded.events("Germany's backing of Ukraine's bid in 2023 was firm."))
                .containsExactly("DEU→UKR 051 2023");
    }

    @Test
    void theOfPhraseOfASupportWithADemonymOwnerIsTheSupported() {
        assertThat(Coded.events("The Iranian support of Syria in 2013 was constant."))
                .contains("IRN→SYR 050 2013");
    }

    @Test
    void theOfPhraseOfASupportWithoutOwnerIsStillTheSupporter() {
        assertThat(Coded.events("The port of Lamu was built with the support of Japan for Kenya."))
                .anyMatch(e -> e.startsWith("JPN→KEN 050"));
    }

    @Test
    void theByPhraseOfARecognitionIsTheRecogniser() {
        assertThat(Coded.events("The recognition of Kosovo by Peru came in 2012."))
                .containsExactly("PER→XKX 054 2012");
    }

    @Test
    void anOrdinalAfterAPossessiveIsAnAdjectiveOfTheTrip() {
        assertThat(Coded.events("The Chilean president made his first trip to Lima on 11 March 2022."))
                .containsExactly("CHL→PER 042 2022-03-11");
    }

    @Test
    void anOrdinalBeforeAVerbIsStillAnAdverb() {
        assertThat(Coded.events("The Chilean president first visited Lima on 11 March 2022."))
                .containsExactly("CHL→PER 042 2022-03-11");
    }

    @Test
    void aTripAbroadGoesToItsToPhrase() {
        assertThat(Coded.events("The Kenyan president's second trip abroad to Kampala came in May 2018."))
                .containsExactly("KEN→UGA 042 2018-05");
    }

    @Test
    void anInvestmentInAnInstrumentPhraseServesTheOwnerBeforeIt() {
        assertThat(Coded.events("The expansion of Ghana's Tema port through investment by Korea began in 2017."))
                .containsExactly("KOR→GHA 061 2017");
    }

    @Test
    void anInvestmentInAnInstrumentPhraseServesTheStateOfAPlace() {
        assertThat(Coded.events("The upgrade of the Mombasa railway with investment from Japan began in 2019."))
                .containsExactly("JPN→KEN 061 2019");
    }

    @Test
    void anInvestmentWithoutInstrumentPhraseOrTargetIsNoEvent() {
        assertThat(Coded.events("In 2017 investment by Korea rose sharply in the region.")).isEmpty();
    }

    @Test
    void aNounWhosePredicateSaysItIsPlannedIsNoFact() {
        assertThat(Coded.events("Japan's investment in Kenya is planned.")).isEmpty();
    }

    @Test
    void aVisitWhosePredicateSaysItIsScheduledIsAnIntent() {
        assertThat(Coded.events("The Kenyan president's visit to Kampala is scheduled for next month."))
                .allMatch(e -> e.startsWith("KEN→UGA 036")).isNotEmpty();
    }

    @Test
    void aVisitExpectedToHaveAnEffectHasTakenPlace() {
        assertThat(Coded.events("The Kenyan president's visit to Kampala in May 2018 was expected to ease tensions."))
                .containsExactly("KEN→UGA 042 2018-05");
    }

    @Test
    void aLackOfSupportIsNoSupport() {
        assertThat(Coded.events("Turkey's lack of support for Azerbaijan in 2020 was noted.")).isEmpty();
    }

    @Test
    void theAbsenceOfAnInvestmentIsNoInvestment() {
        assertThat(Coded.events("The absence of Chinese investment in Zambia in 2012 hurt growth.")).isEmpty();
    }

    @Test
    void anInvestmentAfterWithoutIsNoInvestment() {
        assertThat(Coded.events("Without Japanese investment in Kenya the port stalled in 2015.")).isEmpty();
    }

    @Test
    void anotherNounBeforeOfLeavesTheInvestmentAFact() {
        assertThat(Coded.events("The size of Chinese investment in Zambia grew in 2012."))
                .containsExactly("CHN→ZMB 061 2012");
    }

    @Test
    void takingPartInACampaignAgainstAStateIsAnAttackOnIt() {
        assertThat(Coded.events("Poland took part in the US-led campaign against Iraq in 2003."))
                .contains("POL→IRQ 190 2003");
    }

    @Test
    void notTakingPartIsNoAttack() {
        assertThat(Coded.events("Poland did not take part in the campaign against Iraq in 2003."))
                .noneMatch(e -> e.startsWith("POL→IRQ"));
    }

    @Test
    void takingPartInAnOperationAgainstMilitantsIsNoAttackOnTheirHost() {
        assertThat(Coded.events("Chad participated in the 2013 military operation against militants in Mali."))
                .isEmpty();
    }

    @Test
    void aBareFormAfterASingularForceIsANoun() {
        assertThat(Coded.events("Poland's military support for Ukraine in 2022 was large."))
                .containsExactly("POL→UKR 072 2022");
    }

    @Test
    void aFormAfterAPluralForceIsStillAVerb() {
        assertThat(Coded.events("In 1999 Pakistani troops attack Indian posts."))
                .containsExactly("PAK→IND 190 1999");
    }

    @Test
    void aSupportForAnAccessionIsAnEndorsement() {
        assertThat(Coded.events("Hungary's support for Ukraine's accession to the EU in 2023 was lukewarm."))
                .containsExactly("HUN→UKR 051 2023");
    }
}
