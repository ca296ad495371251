package org.entente.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the words around a trigger refine its CAMEO code. */
class RefinementTest {

    @Test
    void banningExportsIsAnEmbargoOnTheOtherSide() {
        assertThat(Coded.events("Kenya and Uganda share a border. In 2021 Kenya banned maize exports."))
                .containsExactly("KEN→UGA 163 2021");
    }

    @Test
    void anActInKindIsTheActBeforeDoneBack() {
        assertThat(Coded.events("In March 2018 Britain expelled 23 Russian diplomats. Russia responded in kind."))
                .containsExactly("GBR→RUS 161 2018-03", "RUS→GBR 161 2018-03");
        assertThat(Coded.events("In March 2018 Britain expelled 23 Russian diplomats. Moscow reciprocated in April."))
                .contains("RUS→GBR 161 2018-04");
    }

    @Test
    void followingSuitIsDoingTheActBeforeToTheSameTarget() {
        assertThat(Coded.events("In June 2017 Saudi Arabia cut diplomatic ties with Qatar. Bahrain followed suit."))
                .containsExactly("SAU→QAT 161 2017-06", "BHR→QAT 161 2017-06");
        assertThat(Coded.events("In June 2017 Saudi Arabia cut diplomatic ties with Qatar. The visit of the Emir "
                + "to Kuwait did the same for Oman.")).containsExactly("SAU→QAT 161 2017-06");
    }

    @Test
    void supportOfUnstatedKindIsDiplomaticCooperation() {
        assertThat(Coded.events("In 2008 Russia supported Serbia at the United Nations."))
                .contains("RUS→SRB 050 2008");
    }

    @Test
    void militarySupportIsMilitaryAid() {
        assertThat(Coded.events("In 2022 Poland supported Ukraine with weapons and ammunition."))
                .containsExactly("POL→UKR 072 2022");
    }

    @Test
    void supportOfTwoKindsUnderDifferentRootsIsTwoEvents() {
        assertThat(Coded.events("In 2016 Jordan supported Iraq through military assistance and intelligence sharing."))
                .contains("JOR→IRQ 072 2016", "JOR→IRQ 064 2016");
    }

    @Test
    void militaryAndFinancialSupportIsAidOfUnspecifiedKind() {
        assertThat(Coded.events("Saudi Arabia's military and financial support for Bahrain in 2011 was decisive."))
                .contains("SAU→BHR 070 2011");
    }

    @Test
    void medicalAidIsHumanitarianAid() {
        assertThat(Coded.events("In April 2020 China sent a shipment of medical aid to Italy."))
                .containsExactly("CHN→ITA 073 2020-04");
    }

    @Test
    void sendingSomethingThatIsNotAidIsNoEvent() {
        assertThat(Coded.events("In 2020 China sent a letter to Italy.")).isEmpty();
    }

    @Test
    void aidThatCameToAHaltIsACutOfAid() {
        assertThat(Coded.events("In 2018 military aid by Washington to Islamabad came to a halt."))
                .containsExactly("USA→PAK 162 2018");
    }

    @Test
    void aThreatWithSanctionsIsCodedByItsInstrument() {
        assertThat(Coded.events("In 2019 the United States threatened Turkey with economic sanctions."))
                .containsExactly("USA→TUR 1312 2019");
    }

    @Test
    void aThreatOfForceIsAMilitaryThreat() {
        assertThat(Coded.events("In 2020 Greece threatened Turkey with military force."))
                .containsExactly("GRC→TUR 138 2020");
    }

    @Test
    void aCallForPeacekeepersIsAnAppealForPeacekeeping() {
        assertThat(Coded.events("In 2004 Britain called on Bangladesh to send peacekeepers to Sudan."))
                .contains("GBR→BGD 0234 2004");
    }

    @Test
    void anAgreedIntentOnTradeIsEconomicIntent() {
        assertThat(Coded.events("In 2023 Vietnam and Cambodia agreed to expand trade."))
                .containsExactly("VNM→KHM 0311 2023");
    }

    @Test
    void theBrokerOfWhatWasAgreedIsNotItsTarget() {
        assertThat(Coded.events("In 2021 Sudan and South Sudan agreed to withdraw their troops under an AU-brokered "
                + "plan.")).noneMatch(e -> e.contains("IGO"));
        assertThat(Coded.events("In 2021 Sudan and South Sudan agreed to withdraw their troops under a plan "
                + "drafted by Ethiopia.")).containsExactly("SDN→SSD 030 2021");
    }

    @Test
    void anAgreedIntentOnSecurityIsMilitaryIntent() {
        assertThat(Coded.events("In 2023 Kenya and Ethiopia agreed to deepen their security cooperation."))
                .containsExactly("KEN→ETH 0312 2023");
    }

    @Test
    void establishedRelationsAreDiplomaticCooperation() {
        assertThat(Coded.events("Israel and the United Arab Emirates established diplomatic relations in 2020."))
                .containsExactly("ISR→ARE 050 2020");
    }

    @Test
    void establishingSomethingElseIsNoEvent() {
        assertThat(Coded.events("Israel and the United Arab Emirates established a joint fund in 2020.")).isEmpty();
    }

    @Test
    void imposedTariffsAreSanctionsOnTheExporter() {
        assertThat(Coded.events("In 2018 the United States imposed tariffs on imports from China."))
                .containsExactly("USA→CHN 163 2018");
    }

    @Test
    void liftedTariffsAreEasedSanctions() {
        assertThat(Coded.events("In 2019 Canada lifted its tariffs on American steel."))
                .containsExactly("CAN→USA 085 2019");
    }

    @Test
    void aClosedBorderIsABlockadeOfTheNeighbour() {
        assertThat(Coded.events("In 2017 Saudi Arabia closed its border with Qatar."))
                .containsExactly("SAU→QAT 191 2017");
    }

    @Test
    void armsBoughtFromAStateAreMilitaryCooperationWithTheBuyerAsSource() {
        assertThat(Coded.events("In 2021 Egypt bought Rafale jets from France."))
                .containsExactly("EGY→FRA 062 2021");
    }

    @Test
    void aReopenedEmbassyRestoresRelations() {
        assertThat(Coded.events("In 2023 Iran reopened its embassy in Riyadh.")).containsExactly("IRN→SAU 050 2023");
    }

    @Test
    void announcingAVisitIsAnIntentToMeetNotAVisit() {
        assertThat(Coded.events("In 2024 Turkey announced a visit to Egypt.")).containsExactly("TUR→EGY 036 2024");
    }

    @Test
    void whatARestrictionBearsOnIsNotAnActOfItsOwn() {
        assertThat(Coded.events("Oslo lifted its restrictions on arms exports to Ankara in March 2021."))
                .containsExactly("NOR→TUR 085 2021-03");
        assertThat(Coded.events("In 2012 Canada imposed a ban on weapons sales to Venezuela."))
                .containsExactly("CAN→VEN 163 2012");
    }

    @Test
    void denyingItAnswersTheAccusationBeforeIt() {
        assertThat(Coded.events("In 2015 Chile accused Peru of spying. Peru denied it."))
                .contains("CHL→PER 112 2015", "PER→CHL 016 2015");
        assertThat(Coded.events("In 2015 Peru denied it.")).isEmpty();
        assertThat(Coded.events("In 2015 Chile cut its aid to Peru.")).containsExactly("CHL→PER 162 2015");
    }

    @Test
    void aDenialAnswersEveryStateOfTheLatestAccusation() {
        assertThat(Coded.events("In 2019 Chile and Bolivia blamed Peru for the border incident. "
                + "Peru denied any involvement."))
                .contains("PER→CHL 016 2019", "PER→BOL 016 2019");
    }
}
