package org.entente.extraction.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficePhraseTest {

    @Test
    void demonymBeforeABodyIsTheStatesInstitution() {
        assertThat(Mentions.in("Protesters gathered outside the Indian embassy."))
                .containsExactly("\"the Indian embassy\" → IND: institution");
    }

    @Test
    void demonymBeforeAnOfficeIsTheStatesOffice() {
        assertThat(Mentions.in("The Greek foreign minister flew to Ankara."))
                .containsExactly("\"The Greek foreign minister\" → GRC: office", "\"Ankara\" → TUR: capital");
    }

    @Test
    void officeWithAPortfolioStaysOneMention() {
        assertThat(Mentions.in("the Egyptian Minister of Water Resources and Irrigation said"))
                .containsExactly("\"the Egyptian Minister of Water Resources and Irrigation\" → EGY: office");
    }

    @Test
    void modifiersBeforeTheHeadBelongToThePhrase() {
        assertThat(Mentions.in("Senior Japanese military officials met."))
                .containsExactly("\"Japanese military officials\" → JPN: office");
    }

    @Test
    void possessiveCountryBeforeAnOffice() {
        assertThat(Mentions.in("Mexico's foreign ministry summoned the envoy."))
                .containsExactly("\"Mexico's foreign ministry\" → MEX: institution");
    }

    @Test
    void curlyApostrophePossessiveWorksToo() {
        assertThat(Mentions.in("China’s defence minister arrived."))
                .containsExactly("\"China’s defence minister\" → CHN: office");
    }

    @Test
    void officeOfCountry() {
        assertThat(Mentions.in("He met the prime minister of Japan and the embassy of South Korea."))
                .containsExactly("\"the prime minister of Japan\" → JPN: office",
                        "\"the embassy of South Korea\" → KOR: institution");
    }

    @Test
    void countryBeforeABody() {
        assertThat(Mentions.in("The Ethiopia Army and the India Navy")).containsExactly(
                "\"The Ethiopia Army\" → ETH: institution", "\"the India Navy\" → IND: institution");
    }

    @Test
    void officeOfACountryWithItsOwnBody() {
        assertThat(Mentions.in("the Chief of Army Staff of the Egyptian Army"))
                .containsExactly("\"the Chief of Army Staff of the Egyptian Army\" → EGY: office");
    }

    @Test
    void officeWithNoCountryIsNoMention() {
        assertThat(Mentions.of("The foreign minister and the embassy declined to comment.")).isEmpty();
    }

    @Test
    void nameAfterAnOfficeBelongsToIt() {
        assertThat(Mentions.in("Mexican Ambassador Juan Ramos spoke."))
                .containsExactly("\"Mexican Ambassador Juan Ramos\" → MEX: office");
    }

    @Test
    void knownLeaderAfterAnOfficeIsAbsorbedWithHisId() {
        ActorMention mention = Mentions.of("Turkey's President Recep Tayyip Erdogan said").get(0);
        assertThat(mention.text()).isEqualTo("Turkey's President Recep Tayyip Erdogan");
        assertThat(mention.entity()).isEqualTo("recep-tayyip-erdogan");
        assertThat(mention.code()).isEqualTo("TUR");
    }

    @Test
    void leaderOfAnotherStateIsNotAbsorbed() {
        assertThat(Mentions.stateCodes("the Russian president Joe Biden")).containsExactly("RUS", "USA");
    }

    @Test
    void commaAppositionNeedsAFullName() {
        assertThat(Mentions.in("the Korean ambassador, Kim Min-jun, said"))
                .containsExactly("\"the Korean ambassador, Kim Min-jun\" → KOR: office");
        assertThat(Mentions.in("the Korean ambassador, Tokyo said")).containsExactly(
                "\"the Korean ambassador\" → KOR: office", "\"Tokyo\" → JPN: capital");
    }

    @Test
    void coordinatedBodiesOfOneStateAreOneMention() {
        assertThat(Mentions.in("Chinese army and air force officers"))
                .containsExactly("\"Chinese army and air force officers\" → CHN: office");
    }

    @Test
    void coordinationStopsAtAnotherState() {
        assertThat(Mentions.stateCodes("the Indian army and China")).containsExactly("IND", "CHN");
    }

    @Test
    void embassyInACapitalIsTwoMentions() {
        assertThat(Mentions.in("the Japanese embassy in Seoul")).containsExactly(
                "\"the Japanese embassy\" → JPN: institution", "\"Seoul\" → KOR: capital");
    }

    @Test
    void ambassadorToAnotherStateIsTwoMentions() {
        assertThat(Mentions.stateCodes("Greece's ambassador to Turkey")).containsExactly("GRC", "TUR");
    }

    @Test
    void capitalBeforeABodyIsTheStatesInstitution() {
        assertThat(Mentions.in("the Cairo government")).containsExactly("\"the Cairo government\" → EGY: institution");
    }

    @Test
    void provinceBeforeABodyIsAProvincialStateBody() {
        assertThat(Mentions.in("Sindh police arrested them"))
                .containsExactly("\"Sindh police\" → PAK: institution");
    }

    @Test
    void leadersGovernmentIsTheState() {
        assertThat(Mentions.in("the Modi government")).containsExactly("\"the Modi government\" → IND: institution");
    }

    @Test
    void organisationOfficeIsTheOrganisation() {
        assertThat(Mentions.in("a NATO delegation")).containsExactly("\"NATO delegation\" → IGO: institution");
    }

    @Test
    void namedInstitutionsResolveToTheirState() {
        assertThat(Mentions.in("the CIA, the Pentagon, Mossad and the ISI")).containsExactly(
                "\"CIA\" → USA: institution", "\"the Pentagon\" → USA: institution",
                "\"Mossad\" → ISR: institution", "\"ISI\" → PAK: institution");
    }

    @Test
    void lowerCaseRawIsNotTheIndianAgency() {
        assertThat(Mentions.of("raw materials")).isEmpty();
        assertThat(Mentions.in("RAW agents")).containsExactly("\"RAW\" → IND: institution");
    }
}
