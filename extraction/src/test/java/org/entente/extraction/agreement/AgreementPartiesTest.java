package org.entente.extraction.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.extraction.agreement.Agreements.of;
import static org.entente.extraction.agreement.Agreements.only;

import org.entente.extraction.Agreement;
import org.junit.jupiter.api.Test;

/** Who the parties are: subjects, complements, compounds, references back and the fallbacks. */
class AgreementPartiesTest {

    @Test
    void theSubjectAndTheStateAfterWithAreParties() {
        assertThat(only("Vietnam signed a maritime agreement with Indonesia in 2022.").parties())
                .containsExactly("IDN", "VNM");
    }

    @Test
    void statesBetweenOrAmongArePartiesAndSorted() {
        assertThat(only("A trilateral accord among Uruguay, Argentina and Brazil was signed in 1991.").parties())
                .containsExactly("ARG", "BRA", "URY");
    }

    @Test
    void aDashCompoundNamesBothParties() {
        assertThat(only("The Turkmenistan–Afghanistan gas pipeline agreement was signed in 2010.").parties())
                .containsExactly("AFG", "TKM");
    }

    @Test
    void bodiesOfTwoStatesStandForTheirStates() {
        Agreement a = only("In 2018 the Indian Coast Guard and the Bangladesh Navy signed a memorandum of "
                + "understanding.");
        assertThat(a.parties()).containsExactly("BGD", "IND");
    }

    @Test
    void guarantorsAndWitnessesAreNotParties() {
        assertThat(of("Honduras and Nicaragua fought along the river in 1957. The war ended with the Managua Protocol, "
                + "signed on 3 May 1958 and guaranteed by Mexico, Panama and Costa Rica.")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.parties()).containsExactly("HND", "NIC"));
    }

    @Test
    void anAgreementInASentenceThatNamesStatesOnlyAsPlacesHasThePartiesOfTheSentenceBefore() {
        assertThat(of("Honduras and Nicaragua fought along the river in 1957. The Tegucigalpa Declaration, signed in "
                + "Mexico City on 17 February 1958, ended the fighting.")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.parties()).containsExactly("HND", "NIC"));
    }

    @Test
    void theTwoCountriesAreTheArticlesMainPair() {
        assertThat(of("Laos and Thailand share a long border. Laos and Thailand talk often. "
                + "In 2013, the two countries signed a railway agreement."))
                .extracting(Agreement::parties).containsExactly(java.util.List.of("LAO", "THA"));
    }

    @Test
    void aStateSetAgainstTheOthersIsNoParty() {
        assertThat(only("In 1955, Turkey and Iraq joined a military pact against the Soviet Union.").parties())
                .containsExactly("IRQ", "TUR");
    }

    @Test
    void aMediatorIsNoParty() {
        assertThat(only("In 2020, Sudan and Ethiopia signed a protocol brokered by Egypt.").parties())
                .containsExactly("ETH", "SDN");
    }

    @Test
    void aCapitalNamingWhereAnAgreementWasMadeIsNoParty() {
        assertThat(only("The Minsk agreement between Russia and Ukraine was signed in 2015.").parties())
                .containsExactly("RUS", "UKR");
    }

    @Test
    void aPlaceIsNoParty() {
        assertThat(only("In 1991, Argentina and Brazil signed, in Guadalajara, Mexico, a nuclear agreement.")
                .parties()).containsExactly("ARG", "BRA");
    }

    @Test
    void pluralContractsWithSeveralStatesAreOneWithEach() {
        assertThat(of("Bolivia and Chile have a border dispute. Bolivia held talks with Peru, Brazil and Argentina "
                + "and concluded contracts with these countries."))
                .extracting(Agreement::parties).containsExactlyInAnyOrder(
                        java.util.List.of("BOL", "PER"), java.util.List.of("BOL", "BRA"),
                        java.util.List.of("ARG", "BOL"));
    }

    @Test
    void aPronounSubjectIsTheArticlesOtherMainState() {
        assertThat(of("Cuba and Venezuela are close allies. Cuba sends doctors to Venezuela. "
                + "They also signed an oil agreement with Venezuela in 2000."))
                .extracting(Agreement::parties).containsExactly(java.util.List.of("CUB", "VEN"));
    }

    @Test
    void aCounterpartyThatIsNoStateLeavesNoStateToAssume() {
        assertThat(of("Egypt and Ethiopia quarrel over the dam. Ethiopia signed a port memorandum with the "
                + "self-declared Republic of Somaliland in 2024.")).isEmpty();
    }

    @Test
    void aSentenceWithoutStatesContinuesThePreviousOne() {
        assertThat(of("Malaysia and Singapore discussed water in 2019. A water agreement was signed in 2020."))
                .extracting(Agreements::brief).containsExactly("MYS-SGP signed 2020");
    }

    @Test
    void anAgreementNeedsTwoStates() {
        assertThat(of("Norway signed a climate agreement in 2016.")).isEmpty();
    }

    @Test
    void aReferenceToThePairAfterInStillNamesTheParties() {
        assertThat(of("Nepal and Bhutan were long estranged. After elections in both countries, the new leaders "
                + "signed a transit treaty in 2009.")).extracting(Agreements::brief).containsExactly("BTN-NPL signed 2009");
    }

    @Test
    void aStateAfterFromIsNoParty() {
        assertThat(only("The 1996 Tashkent Memorandum, in which Russia and Kazakhstan gave Uzbekistan guarantees for "
                + "the pipelines it took over from the Soviet Union, lapsed.").parties())
                .containsExactly("KAZ", "RUS", "UZB");
    }
}
