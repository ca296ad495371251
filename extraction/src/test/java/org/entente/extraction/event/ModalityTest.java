package org.entente.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Negations, hypotheses, recommendations, plans and announcements are not events of the act they name. */
class ModalityTest {

    @Test
    void aVerbWhoseObjectOpensWithNoDidNotAct() {
        assertThat(Coded.events("Chile and Argentina fought no war in the twentieth century.")).isEmpty();
        assertThat(Coded.events("In 2019 Kenya sent no troops to Somalia.")).isEmpty();
        assertThat(Coded.events("Peru and Chile have fought no fewer than two wars since 1836."))
                .isNotEmpty();
    }

    @Test
    void aVerbAfterAnAdverbOfHabitIsAPracticeNotAnAct() {
        assertThat(Coded.events("Bolivia has long accused Chile of blocking its access to the sea.")).isEmpty();
        assertThat(Coded.events("Bolivia often criticises Chile.")).isEmpty();
        assertThat(Coded.events("In 2018 Bolivia accused Chile of blocking its access to the sea."))
                .containsExactly("BOL→CHL 112 2018");
    }

    @Test
    void aNegatedVisitIsNoEvent() {
        assertThat(Coded.events("In 2019 the Indian prime minister did not visit Beijing.")).isEmpty();
    }

    @Test
    void neverIsANegation() {
        assertThat(Coded.events("Japan has never recognised North Korea.")).isEmpty();
    }

    @Test
    void refrainingFromAnActIsNotTheAct() {
        assertThat(Coded.events("In 2016 the Philippines refrained from condemning China.")).isEmpty();
    }

    @Test
    void notOnlyIsNoNegation() {
        assertThat(Coded.events("In 2016 Colombia not only praised Ecuador but also thanked Peru."))
                .contains("COL→ECU 051 2016");
    }

    @Test
    void aHypothesisIsNoEvent() {
        assertThat(Coded.events("Egypt could attack Ethiopia if talks fail.")).isEmpty();
    }

    @Test
    void aRecommendationIsNoEvent() {
        assertThat(Coded.events("Pakistan should recognise Israel, and Israel must reciprocate.")).isEmpty();
    }

    @Test
    void aConditionIsNoEvent() {
        assertThat(Coded.events("If Serbia recognised Kosovo, relations would improve.")).isEmpty();
    }

    @Test
    void aQuestionIsNoEvent() {
        assertThat(Coded.events("Will Turkey invade Syria again?")).isEmpty();
    }

    @Test
    void aFutureVisitIsAnAnnouncedIntentToMeetDatedWhenReported() {
        assertThat(Coded.events("The Chinese premier will visit Canberra next month.", "2024-05-20"))
                .containsExactly("CHN→AUS 036 2024-05-20");
    }

    @Test
    void aPlannedVisitIsAnIntentToMeet() {
        assertThat(Coded.events("The Brazilian president plans to visit Buenos Aires.", "2023-01-10"))
                .containsExactly("BRA→ARG 036 2023-01-10");
    }

    @Test
    void anExpectedVisitIsAnIntentToMeet() {
        assertThat(Coded.events("The Saudi foreign minister is expected to visit Tehran soon.", "2023-06-06"))
                .containsExactly("SAU→IRN 036 2023-06-06");
    }

    @Test
    void someoneElsesWishIsNotTheAgentsIntent() {
        assertThat(Coded.events("Kenya wants Somalia to recognise the border.")).isEmpty();
    }

    @Test
    void anIntentIsCodedOnceByTheTriggerThatStatesIt() {
        assertThat(Coded.events("In 2022 India and Japan agreed to cooperate on maritime security."))
                .containsExactly("IND→JPN 0312 2022");
    }

    @Test
    void anIntentReportedWithWouldIsAnIntent() {
        assertThat(Coded.events("Japan said it would lift the export controls on South Korea.", "2023-03-16"))
                .containsExactly("JPN→KOR 035 2023-03-16");
    }

    @Test
    void thePurposeOfAVisitIsNotAnotherEvent() {
        assertThat(Coded.events("In 2023 the Greek foreign minister visited Ankara to discuss migration."))
                .containsExactly("GRC→TUR 042 2023");
    }

    @Test
    void theFirstCountryToRecogniseDidRecognise() {
        assertThat(Coded.events("Senegal was the first country to recognise Guinea in 1958."))
                .containsExactly("SEN→GIN 054 1958");
    }

    @Test
    void anUpcomingVisitIsAnIntent() {
        assertThat(Coded.events("The Japanese prime minister's upcoming visit to Seoul was announced.",
                "2023-05-01")).containsExactly("JPN→KOR 036 2023-05-01");
    }

    @Test
    void aPossibleVisitIsNoEvent() {
        assertThat(Coded.events("A possible visit of the Iranian president to Cairo was discussed.")).isEmpty();
    }

    @Test
    void aCommitmentThatAThingShowsIsTheAuthorsReadingNotAnAct() {
        assertThat(Coded.events("Kenya and Uganda held talks in 2020. This partnership reflects a commitment to "
                + "deepen bilateral trade.")).containsExactly("KEN→UGA 046 2020");
        assertThat(Coded.events("Kenya signalled a commitment to peace with Uganda in 2020."))
                .containsExactly("KEN→UGA 030 2020");
    }
}
