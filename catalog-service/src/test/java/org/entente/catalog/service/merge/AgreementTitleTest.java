package org.entente.catalog.service.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgreementTitleTest {

    @Test
    void keepsOnlyDistinguishingWordsInSingular() {
        assertThat(AgreementTitle.of("The Indus Waters Treaty").words()).containsExactlyInAnyOrder("indus", "water");
    }

    @Test
    void splitsHyphensAndDropsPossessivesAndAccents() {
        assertThat(AgreementTitle.of("Pakistan's Défense-Cooperation MoU").words())
                .containsExactlyInAnyOrder("pakistan", "defense", "cooperation");
    }

    @Test
    void singularKeepsWordsThatOnlyLookPlural() {
        assertThat(AgreementTitle.of("gas crisis process Indus arms").words())
                .containsExactlyInAnyOrder("gas", "crisis", "process", "indus", "arm");
    }

    @Test
    void aTitleOfOnlyInstrumentWordsHasNoWords() {
        assertThat(AgreementTitle.of("the agreement").words()).isEmpty();
        assertThat(AgreementTitle.of(null).words()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" ~ \"{1}\" = {2}")
    @CsvSource(delimiter = ';', value = {
            "Indus Waters Treaty; the Indus Water Treaty of 1960; true",
            "Simla Agreement; Simla Agreement of 1972; true",
            "Free Trade Agreement; Preferential Trade Agreement; false",
            "China-Pakistan Economic Corridor; CPEC; true",
            "the CPEC agreement; China Pakistan Economic Corridor; true",
            "FTA; the Free Trade Agreement; true",
            "JCPOA; Joint Comprehensive Plan of Action; true",
            "Gas pipeline deal; Gas Pipeline Agreement; true",
            "Agreement of 1972; Agreement of 1974; false",
            "defence cooperation agreement; intelligence sharing pact; false",
            "the agreement; the treaty; true",
            "the agreement; Indus Waters Treaty; false",
            "strategic partnership; comprehensive strategic partnership; true",
            "CPEC; Gwadar port lease; false"})
    void titlesMatchOnSharedWordsOrAcronyms(String a, String b, boolean matches) {
        AgreementTitle first = AgreementTitle.of(a);
        AgreementTitle second = AgreementTitle.of(b);

        assertThat(first.matches(second)).isEqualTo(matches);
        assertThat(second.matches(first)).isEqualTo(matches);
    }

    @Test
    void overlapIsTheShareOfCommonWords() {
        assertThat(AgreementTitle.of("w x y z").overlap(AgreementTitle.of("y z q r"))).isEqualTo(2.0 / 6);
    }
}
