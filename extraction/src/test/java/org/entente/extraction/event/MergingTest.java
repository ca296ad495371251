package org.entente.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.entente.extraction.Event;
import org.junit.jupiter.api.Test;

/** One event per happening: restatements merge, different happenings do not. */
class MergingTest {

    @Test
    void aRestatedEventIsOneEventWithTwoEvidences() {
        List<Event> events = Coded.code("In 2015 Cuba and the United States restored diplomatic relations. "
                + "Washington and Havana restored diplomatic relations in 2015 after decades.", null);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).evidence()).hasSize(2);
    }

    @Test
    void anUndatedRestatementJoinsTheOneDatedStatement() {
        assertThat(Coded.events("In 1990 Iraq invaded Kuwait. Iraq's war with Kuwait divided the Arab world."))
                .containsExactly("IRQ→KWT 190 1990");
    }

    @Test
    void anUndatedStatementStaysApartWhenSeveralDatedOnesCouldBeIt() {
        assertThat(Coded.events("In 2016 Qatar's emir visited Kuwait. In 2018 he visited Kuwait again.\n\n"
                + "Qatar's emir visited Kuwait often."))
                .contains("QAT→KWT 042 2016", "QAT→KWT 042 2018", "QAT→KWT 042 -");
    }

    @Test
    void aRestatementInTheSameSentenceDatedByItsYearJoinsTheDatedStatement() {
        assertThat(Coded.events("Australia's foreign minister visited Jakarta on 13 June 2024, her third trip to "
                + "Indonesia this year.", "2024-06-14")).containsExactly("AUS→IDN 042 2024-06-13");
    }

    @Test
    void aStatementDatedByItsYearInAnotherSentenceStaysApart() {
        assertThat(Coded.events("Australia's foreign minister visited Jakarta on 13 June 2024. In 2024 the "
                + "Australian prime minister also visited Indonesia.", "2024-06-14"))
                .contains("AUS→IDN 042 2024-06-13", "AUS→IDN 042 2024");
    }

    @Test
    void visitsInOppositeDirectionsInOneYearAreTwoEvents() {
        assertThat(Coded.events("In 2020 the Kenyan president visited Mogadishu. Later in 2020 the Somali president "
                + "visited Nairobi.")).containsExactly("KEN→SOM 042 2020", "SOM→KEN 042 2020");
        assertThat(Coded.events("Kenya expelled two Somali diplomats in 2020. Somalia expelled two Kenyan diplomats "
                + "in response.")).contains("KEN→SOM 161 2020", "SOM→KEN 161 2020");
    }

    @Test
    void aJointActRestatedWithItsSidesInTheOtherOrderIsOneEvent() {
        assertThat(Coded.events("In 2020 Kenya and Somalia signed a security pact. The pact that Somalia and Kenya "
                + "signed in 2020 was short.")).hasSize(1);
    }

    @Test
    void undatedMeetingsInDifferentSentencesAreDifferentEvents() {
        assertThat(Coded.events("The Kenyan defence minister met the Ugandan president. Weeks later the Ugandan army "
                + "chief met Kenya's political elites.")).hasSize(2);
    }

    @Test
    void visitsInDifferentMonthsAreDifferentEvents() {
        assertThat(Coded.events("Egypt's foreign minister visited Khartoum in January 2021 and again in March 2021."))
                .contains("EGY→SDN 042 2021-01");
    }

    @Test
    void aMutualActIsOneEventEachWay() {
        assertThat(Coded.events("In 2019 India and Pakistan carried out air strikes on each other."))
                .containsExactlyInAnyOrder("IND→PAK 195 2019", "PAK→IND 195 2019");
    }

    @Test
    void anInvasionAndTheOccupationItLedToAreOneHappening() {
        assertThat(Coded.events("The Turkish invasion of Cyprus and the occupation of Cyprus in 1974 lasted."))
                .hasSize(1);
    }

    @Test
    void aVisitAndAMeetingDuringItAreTwoFacts() {
        assertThat(Coded.events("In 2018 the Korean president visited Pyongyang and met the North Korean leader."))
                .containsExactlyInAnyOrder("KOR→PRK 042 2018", "KOR→PRK 040 2018");
    }

    @Test
    void everyEventNamesThePhrasesOfItsSides() {
        Event event = Coded.code("In 2018 Britain expelled 23 Russian diplomats.", null).get(0);
        assertThat(event.actors()).extracting(a -> a.code()).containsExactly("GBR", "RUS");
        assertThat(event.evidence().get(0).quote()).contains("expelled 23 Russian diplomats");
        assertThat(event.confidence()).isBetween(0.5, 1.0);
        assertThat(event.quad()).isEqualTo(4);
        assertThat(event.goldstein()).isLessThan(0);
    }
}
