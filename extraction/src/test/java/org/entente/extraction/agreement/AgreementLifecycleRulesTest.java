package org.entente.extraction.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.extraction.agreement.Agreements.brief;
import static org.entente.extraction.agreement.Agreements.of;

import org.entente.extraction.Agreement;
import org.junit.jupiter.api.Test;

/**
 * Status words and dating rules for an agreement's later life: ratification that never came, launches, proposals
 * put to the parties, notices of withdrawal, revivals told as part of a deal, lasting statuses dated by "since",
 * governments named by their seat and states that join by ratifying.
 */
class AgreementLifecycleRulesTest {

    @Test
    void aTreatyNeverRatifiedIsStalledWithoutTheDateOfItsName() {
        assertThat(of("The Kigali Protocol of 5 September 2014 between Rwanda and Burundi was never ratified."))
                .extracting(Agreements::brief)
                .containsExactlyInAnyOrder("BDI-RWA stalled -", "BDI-RWA signed 2014-09-05");
        assertThat(of("The Andes water treaty between Peru and Bolivia has not been ratified."))
                .extracting(Agreement::status).containsExactly("stalled");
    }

    @Test
    void aStateThatHasNotRatifiedATreatyNamedAfterItIsNoFact() {
        assertThat(of("Argentina has never ratified the treaty with Chile.")).isEmpty();
    }

    @Test
    void aLaunchedProgrammeIsInForce() {
        assertThat(of("Under the Caribbean Basin Initiative, launched in 1983, the United States cut duties on "
                + "goods from Jamaica.")).extracting(Agreements::brief).containsExactly("JAM-USA in_force 1983");
    }

    @Test
    void aPlanPutToTheMinistersOrPutForwardIsProposed() {
        assertThat(of("In May 2010 a set of Basic Principles for a settlement between Eritrea and Djibouti "
                + "was put to the two foreign ministers.")).extracting(Agreements::brief)
                .containsExactly("DJI-ERI proposed 2010-05");
        assertThat(of("In 2019 Chile put forward a fisheries treaty with Argentina."))
                .extracting(Agreement::status).containsExactly("proposed");
    }

    @Test
    void aFrameworkAgreedAtAMeetingIsSigned() {
        assertThat(of("In June 2022 Ecuador and Colombia adopted the Andean Framework for Border Security, agreed "
                + "at a ministerial meeting in Quito.")).extracting(Agreement::status).contains("signed");
        assertThat(of("The Pacific Framework for Fisheries, agreed at a summit in Suva in 2015, binds Fiji and "
                + "Tonga.")).extracting(Agreements::brief).containsExactly("FJI-TON signed 2015");
    }

    @Test
    void anAnnouncedTerminationIsAWithdrawalDatedByTheAnnouncement() {
        assertThat(of("Ghana and Togo signed a fisheries pact in 2008. In March 2016 Ghana announced that it would "
                + "terminate the pact.")).extracting(Agreements::brief)
                .containsExactly("GHA-TGO signed 2008", "GHA-TGO withdrawn 2016-03");
        assertThat(of("Bahrain and Qatar signed a customs pact in 2010. Qatar said in June 2017 that it will "
                + "withdraw from the pact by 2018.")).extracting(Agreements::brief)
                .contains("BHR-QAT withdrawn 2017-06");
    }

    @Test
    void aNoticeNotToRenewIsAWithdrawal() {
        assertThat(of("Estonia and Latvia signed a transit treaty in 2001. Latvia formally notified Estonia in May "
                + "2020 that it would not renew the treaty.")).extracting(Agreements::brief)
                .contains("EST-LVA withdrawn 2020-05");
    }

    @Test
    void aFutureWithdrawalThatIsNotAnnouncedStaysHypothetical() {
        assertThat(of("Ghana and Togo signed a fisheries pact in 2008. Ghana would terminate the pact if prices "
                + "fell.")).extracting(Agreement::status).containsExactly("signed");
    }

    @Test
    void aReportedAgreementWithoutADateTakesTheAnnouncementsDate() {
        assertThat(of("On 3 May 2021 Kenya's foreign minister announced that the two sides had reached an agreement "
                + "with Somalia on fishing rights.")).extracting(Agreements::brief)
                .containsExactly("KEN-SOM signed 2021-05-03");
    }

    @Test
    void aRevivalUnderADealIsDatedByTheDeal() {
        assertThat(of("Morocco and Algeria signed a deal to reopen the border on 2 June 2024.\n\n"
                + "Under the deal, the two countries also agreed to revive a gas transit agreement signed in 1996."))
                .extracting(Agreements::brief)
                .contains("DZA-MAR signed 2024-06-02", "DZA-MAR in_force 2024-06-02", "DZA-MAR signed 1996");
    }

    @Test
    void aLastingStatusIsDatedBySinceOrByTheTimeBeforeEverSince() {
        assertThat(of("A gas agreement between Russia and Georgia has been frozen since 2008."))
                .extracting(Agreements::brief).containsExactly("GEO-RUS stalled 2008");
        assertThat(of("In May 2012 the court in Quito annulled the fund, and the fisheries accord between Peru and "
                + "Ecuador has been a dead letter ever since.")).extracting(Agreements::brief)
                .containsExactly("ECU-PER stalled 2012-05");
    }

    @Test
    void aVerbsObjectDoesNotReachIntoTheNextConjunct() {
        assertThat(of("In 2015 Serbia dissolved the commission, and the border treaty with Croatia was suspended."))
                .extracting(Agreement::status).containsExactly("stalled");
    }

    @Test
    void aGovernmentNamedByItsSeatIsItsState() {
        assertThat(of("In 2016 Italy signed a migration memorandum with the Government of National Unity in Libya."))
                .extracting(Agreements::brief).containsExactly("ITA-LBY signed 2016");
        assertThat(of("Uzbekistan signed a rail accord with the government in Kabul in 2018."))
                .extracting(Agreements::brief).containsExactly("AFG-UZB signed 2018");
        assertThat(of("Spain signed a fisheries deal with the Polisario Front in 2016.")).isEmpty();
    }

    @Test
    void aStateThatBecomesTheLastToRatifyJoinsTheParties() {
        Agreement inForce = of("The water treaty between Niger and Mali entered into force in 2012, after Chad became "
                + "the third state to ratify it.").get(0);
        assertThat(brief(inForce)).isEqualTo("MLI-NER-TCD in_force 2012");
        assertThat(of("The water treaty between Niger and Mali entered into force in 2012, after talks in Chad."))
                .extracting(Agreements::brief).containsExactly("MLI-NER in_force 2012");
    }
}
