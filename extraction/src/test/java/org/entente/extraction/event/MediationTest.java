package org.entente.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A third state that mediates or hosts the dealings of two others: one 045 event for each mediated party. */
class MediationTest {

    @Test
    void aMediatorNamedAfterTheActMediatesBetweenTheActsParties() {
        assertThat(Coded.events("In 2019 Sudan and Chad signed a truce, brokered by Qatar."))
                .contains("SDN→TCD 057 2019", "QAT→SDN 045 2019", "QAT→TCD 045 2019");
    }

    @Test
    void aMediatorInANounPhraseMediatesTheActOfItsClause() {
        assertThat(Coded.events("In May 1994 Kenya and Uganda signed a border protocol under Tanzanian mediation."))
                .contains("KEN→UGA 057 1994-05", "TZA→KEN 045 1994-05", "TZA→UGA 045 1994-05");
    }

    @Test
    void aMediatorInAFrontedPhraseMediatesTheActAfterIt() {
        assertThat(Coded.events("In 2000, under Algerian mediation, Ethiopia and Eritrea signed a peace treaty."))
                .contains("DZA→ETH 045 2000", "DZA→ERI 045 2000");
    }

    @Test
    void aHostOfTalksBetweenOthersMediatesAndTheTalksAreTheirs() {
        assertThat(Coded.events("In 2013 Oman hosted three rounds of talks between Iranian and American envoys."))
                .containsExactlyInAnyOrder("OMN→IRN 045 2013", "OMN→USA 045 2013", "IRN→USA 046 2013");
    }

    @Test
    void aHostOfAPersonIsStillAHost() {
        assertThat(Coded.events("In 2021 Oman hosted the Iranian foreign minister."))
                .containsExactly("OMN→IRN 043 2021");
    }

    @Test
    void aStateBackedByAnotherIsStillTheSubjectOfItsOwnVerb() {
        assertThat(Coded.events("In 2011 Kenya, backed by Ethiopia, attacked Somalia."))
                .contains("KEN→SOM 190 2011", "ETH→KEN 050 2011")
                .noneMatch(e -> e.startsWith("ETH→SOM"));
    }

    @Test
    void aMediatorWithoutAnActOfTwoStatesMakesNoEvent() {
        assertThat(Coded.events("In 2020 the ceasefire was brokered by Russia.")).isEmpty();
    }

    @Test
    void aMediationWithoutItsOwnDateTakesTheDateOfTheActItMediated() {
        assertThat(Coded.events("Kenya and Uganda share a long border. The border war ended with a ceasefire that"
                + " took effect on 3 March 2009, agreed earlier that month under Tanzanian mediation by envoys of"
                + " Kenya and Uganda."))
                .contains("TZA→KEN 045 2009-03-03", "TZA→UGA 045 2009-03-03")
                .noneMatch(e -> e.contains(" 045 -"));
    }

    @Test
    void aBrokerSetOffByACommaAfterAnAgreementMediatesItsParties() {
        assertThat(Coded.events("In March 2019 the leaders of Kenya and Ethiopia met in Nairobi and agreed to the"
                + " Moyale Accord, brokered by Ugandan President Yoweri Museveni."))
                .contains("UGA→KEN 045 2019-03", "UGA→ETH 045 2019-03");
    }

    @Test
    void whatIsAgreedIsStillNoMediationWithoutAByAgent() {
        assertThat(Coded.events("In 2019 Kenya and Ethiopia agreed to mediate between Sudan and South Sudan."))
                .noneMatch(e -> e.contains(" 045 "));
    }
}
