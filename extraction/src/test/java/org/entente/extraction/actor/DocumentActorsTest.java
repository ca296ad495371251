package org.entente.extraction.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentActorsTest {

    private static DocumentActors doc(String text) {
        return ActorResolver.shared().document(text);
    }

    @Test
    void mainPairIsTheTwoStatesNamedMost() {
        DocumentActors doc = doc("Egypt and Ethiopia argue. Cairo fears the dam. Ethiopia's government disagrees. "
                + "Sudan watches.");
        assertThat(doc.mainPair()).hasValueSatisfying(p -> assertThat(p.dyad()).isEqualTo("EGY-ETH"));
        assertThat(doc.stateCounts()).containsEntry("EGY", 2).containsEntry("ETH", 2).containsEntry("SDN", 1);
    }

    @Test
    void noPairWithOneState() {
        assertThat(doc("Japan alone.").mainPair()).isEmpty();
    }

    @Test
    void theTwoCountriesAreTheMainPair() {
        DocumentActors doc = doc("India and China met. The two countries agreed to talk.");
        List<ActorMention> refs = doc.mentions().stream().filter(m -> m.reason().equals("coreference")).toList();
        assertThat(refs).extracting(ActorMention::code).containsExactly("CHN", "IND");
        assertThat(refs).extracting(ActorMention::text).containsOnly("The two countries");
    }

    @Test
    void theTwoLeadersAndBothSidesAreTheMainPair() {
        DocumentActors doc = doc("Kenya and Somalia met. The two leaders agreed. Both sides signed. "
                + "The two armies withdrew.");
        assertThat(doc.mentions()).filteredOn(m -> m.reason().equals("coreference"))
                .extracting(ActorMention::text).containsOnly("The two leaders", "Both sides", "The two armies");
    }

    @Test
    void bilateralIsTheMainPair() {
        assertThat(doc("Mexico and the United States discussed bilateral trade.").mentions())
                .filteredOn(m -> m.text().equals("bilateral")).extracting(ActorMention::code)
                .containsExactly("MEX", "USA");
    }

    @Test
    void theCountryIsTheLastStateNamed() {
        DocumentActors doc = doc("Greece protested. Turkey said the country would not yield.");
        assertThat(doc.mentions()).filteredOn(m -> m.text().equals("the country")).singleElement()
                .satisfies(m -> assertThat(m.code()).isEqualTo("TUR"));
    }

    @Test
    void lastStateBeforeAnOffset() {
        String text = "Japan protested to Korea. Its envoy left.";
        assertThat(doc(text).lastStateBefore(text.indexOf("Its"))).hasValueSatisfying(
                m -> assertThat(m.code()).isEqualTo("KOR"));
        assertThat(doc(text).lastStateBefore(0)).isEmpty();
    }

    @Test
    void surnameAfterTheFullNameIsThatPerson() {
        DocumentActors doc = doc("Benazir Bhutto visited India. Later Bhutto met Rajiv Gandhi.");
        assertThat(doc.mentions()).filteredOn(m -> m.text().equals("Bhutto")).singleElement()
                .satisfies(m -> assertThat(m.entity()).isEqualTo("benazir-bhutto"));
    }

    @Test
    void surnameTakesTheMostRecentFullName() {
        DocumentActors doc = doc("Zulfikar Ali Bhutto ruled. Years later Benazir Bhutto ruled. Bhutto spoke.");
        assertThat(doc.mentions()).filteredOn(m -> m.text().equals("Bhutto")).singleElement()
                .satisfies(m -> assertThat(m.entity()).isEqualTo("benazir-bhutto"));
    }

    @Test
    void surnameWithOneCandidateInTheMainPairIsResolved() {
        DocumentActors doc = doc("Pakistan and Iran talked. Pakistan asked Iran. President Zia agreed.");
        assertThat(doc.mentions()).filteredOn(m -> m.text().equals("Zia")).singleElement()
                .satisfies(m -> assertThat(m.entity()).isEqualTo("zia-ul-haq"));
    }

    @Test
    void ambiguousSurnameIsLeftOut() {
        DocumentActors doc = doc("Turkey and Greece talked. Bush spoke.");
        assertThat(doc.mentions()).extracting(ActorMention::text).doesNotContain("Bush");
    }

    @Test
    void aPersonIntroducedWithAnOfficeIsThatStateWhenNamedAgain() {
        DocumentActors doc = doc("Soto spoke first. Chilean Foreign Minister Ana Soto met Bolivian envoys. "
                + "Later Soto said talks would go on, and Ana Soto's deputy agreed.");
        assertThat(doc.mentions()).filteredOn(m -> m.text().endsWith("Soto") || m.text().endsWith("Soto's"))
                .extracting(ActorMention::text, ActorMention::code, ActorMention::reason)
                .containsExactly(tuple("Chilean Foreign Minister Ana Soto", "CHL", "office"),
                        tuple("Soto", "CHL", "office"), tuple("Ana Soto", "CHL", "office"));
    }

    @Test
    void aPersonNamedBeforeTheirOfficeInAppositionIsThatStateWhenNamedAgain() {
        DocumentActors doc = doc("Chile and Peru met.\n\nAna Maria Soto, Chile's foreign minister, spoke. On Monday, "
                + "the Peruvian envoy replied. Later Soto left.");
        assertThat(doc.mentions()).filteredOn(m -> m.text().equals("Soto")).singleElement()
                .satisfies(m -> assertThat(m.code()).isEqualTo("CHL"));
        assertThat(doc("Peru met Chile. On Monday, the Peruvian envoy replied. Monday came.").mentions())
                .extracting(ActorMention::text).doesNotContain("Monday");
        assertThat(doc("Peru met Chile. Last Monday, the Peruvian envoy replied. Monday came.").mentions())
                .extracting(ActorMention::text).doesNotContain("Monday");
    }

    @Test
    void aLaterHolderOfTheSameSurnameTakesItOver() {
        DocumentActors doc = doc("Kenyan Foreign Minister Paul Otieno spoke. Otieno left. "
                + "Ugandan Defence Minister Grace Otieno replied. Otieno was firm.");
        assertThat(doc.mentions()).filteredOn(m -> m.text().equals("Otieno"))
                .extracting(ActorMention::code).containsExactly("KEN", "UGA");
    }

    @Test
    void aWordThatOnlyContainsTheSurnameIsNotThePerson() {
        DocumentActors doc = doc("Peruvian President Luis Castro visited Quito. The Castroist party objected.");
        assertThat(doc.mentions()).extracting(ActorMention::text).doesNotContain("Castro", "Castroist");
    }

    @Test
    void mentionsOfASpan() {
        String text = "Chile and Peru. Peru and Bolivia.";
        assertThat(doc(text).mentions(16, text.length())).extracting(ActorMention::code)
                .containsExactly("PER", "BOL");
    }
}
