package org.entente.extraction.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.extraction.agreement.Agreements.coding;

import java.util.List;

import org.entente.extraction.Event;
import org.entente.extraction.Evidence;
import org.entente.extraction.FuzzyDate;
import org.junit.jupiter.api.Test;

/** A reported signing is one 057 event per pair of parties, tied to its agreement fact. */
class SigningEventsTest {

    @Test
    void aReportedSigningIsA057EventBetweenTheParties() {
        AgreementCoding c = coding("In 2014 Vietnam signed a maritime agreement with the Philippines.");
        assertThat(c.signings()).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("057");
            assertThat(e.quad()).isEqualTo(1);
            assertThat(e.goldstein()).isEqualTo(8.0);
            assertThat(e.source()).isEqualTo("VNM");
            assertThat(e.target()).isEqualTo("PHL");
            assertThat(e.date()).isEqualTo(FuzzyDate.ofYear(2014));
        });
    }

    @Test
    void aSigningByThreeStatesIsOneEventPerPair() {
        assertThat(coding("Argentina, Brazil and Uruguay signed a defence treaty in 1865.").signings()).hasSize(3);
    }

    @Test
    void joiningRatifyingOrReachingIsNoSigningEvent() {
        assertThat(coding("In 1955 Iran and Iraq joined the Baghdad Pact.").signings()).isEmpty();
        assertThat(coding("In 1995 Peru and Ecuador reached an agreement on the border.").signings()).isEmpty();
        assertThat(coding("In 1999 Peru and Ecuador ratified the border agreement.").signings()).isEmpty();
    }

    @Test
    void aSigningRestatedIsStillOneEvent() {
        assertThat(coding("In 2005 Belize and Guatemala signed a border treaty. "
                + "Since that treaty was signed, both countries have kept the peace.").signings()).hasSize(1);
    }

    @Test
    void concludingIsSigning() {
        assertThat(coding("Egypt and Greece concluded a maritime agreement in 2020.").signings()).hasSize(1);
    }

    @Test
    void theSigningsReplaceAnotherCodersSigningEventsForTheSameAgreementOnly() {
        AgreementCoding c = coding("In 2014 Vietnam signed a maritime agreement with the Philippines.");
        Event restated = new Event("PHL", "VNM", "057", 1, 8.0, null, List.of(), 0.9, List.of());
        Event unbound = new Event("JPN", "KOR", "057", 1, 8.0, null, List.of(), 0.9, List.of());
        Event visit = new Event("PHL", "VNM", "042", 1, 1.9, null, List.of(), 0.9, List.of());
        assertThat(c.withSignings(List.of(restated, unbound, visit)))
                .containsExactlyInAnyOrder(unbound, visit, c.signings().get(0));
    }

    @Test
    void anUndatedSigningTakesTheDateTheEventCoderReadInTheSameSentence() {
        AgreementCoding c = coding("Peru and Chile signed a border treaty.");
        assertThat(c.signings()).singleElement().satisfies(e -> assertThat(e.date()).isNull());
        Evidence sameSentence = new Evidence("signed", "Peru and Chile signed a border treaty.", 0, 38, 0);
        Evidence otherSentence = new Evidence("signed", "Peru and Chile signed a pact.", 90, 120, 3);
        Event dated = new Event("CHL", "PER", "057", 1, 8.0, FuzzyDate.ofYear(2004), List.of(sameSentence), 0.9,
                List.of());
        Event elsewhere = new Event("CHL", "PER", "057", 1, 8.0, FuzzyDate.ofYear(1999), List.of(otherSentence), 0.9,
                List.of());
        assertThat(c.withSignings(List.of(dated))).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(FuzzyDate.ofYear(2004)));
        assertThat(c.withSignings(List.of(elsewhere))).singleElement()
                .satisfies(e -> assertThat(e.date()).isNull());
    }

    @Test
    void theVisitorOfTheVisitDuringWhichTheSigningTookPlaceIsTheSource() {
        AgreementCoding c = coding("In 2016 a visa agreement was signed in Tokyo during the Chilean president's visit "
                + "to Japan.");
        assertThat(c.signings()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("CHL");
            assertThat(e.target()).isEqualTo("JPN");
        });
    }

    @Test
    void theAgentsOfAPassiveSigningActInTheOrderTheTextNamesThem() {
        AgreementCoding c = coding("The Andean trade pact was signed by Peru, Colombia and Bolivia in 1996.");
        assertThat(c.signings()).extracting(e -> e.source() + ">" + e.target())
                .containsExactlyInAnyOrder("PER>COL", "PER>BOL", "COL>BOL");
    }

    @Test
    void aSigningOnTheSameDayToldTwiceIsOneEventButSigningsInOneYearStayApart() {
        assertThat(coding("Kenya and Tanzania signed a border treaty on 2 June 2015. Earlier, the leaders of"
                + " Kenya and Tanzania signed the Arusha Declaration on 2 June 2015.").withSignings(List.of()))
                .hasSize(1);
        assertThat(coding("Kenya and Tanzania signed a border treaty in 2015. Later that year Kenya and Tanzania"
                + " signed a fisheries agreement in 2015.").withSignings(List.of()))
                .hasSize(2);
    }
}
