package org.entente.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.entente.extraction.text.Tsv;
import org.junit.jupiter.api.Test;

/** The event coder's dictionaries are consistent with each other and with the CAMEO table. */
class DictionariesTest {

    private final CameoTable cameo = CameoTable.load();

    @Test
    void everyTriggerCodeAndIntentIsACameoCode() {
        for (String[] row : triggers()) {
            if (!row[3].equals("-")) {
                assertThat(cameo.contains(row[3])).as(row[0] + " " + row[3]).isTrue();
            }
            if (!row[7].isEmpty()) {
                assertThat(cameo.contains(row[7])).as(row[0] + " intent " + row[7]).isTrue();
            }
        }
    }

    @Test
    void aTriggerWithoutCodeHasARefinementGroup() {
        Refinements refinements = Refinements.load(cameo);
        for (String[] row : triggers()) {
            if (row[3].equals("-") || !row[6].isEmpty()) {
                assertThat(refinements.hasGroup(row[6])).as(row[0] + " refine " + row[6]).isTrue();
            }
        }
    }

    @Test
    void everyRefinementCodeIsACameoCode() {
        for (String[] row : Tsv.read(Refinements.class, "refinements.tsv", "group", "cue", "code", "mode")) {
            assertThat(cameo.contains(row[2])).as(row[1] + " " + row[2]).isTrue();
        }
    }

    @Test
    void theCameoTableGivesQuadAndGoldstein() {
        assertThat(cameo.get("042").quad()).isEqualTo(1);
        assertThat(cameo.get("195").quad()).isEqualTo(4);
        assertThat(cameo.get("195").goldstein()).isLessThan(0);
        assertThat(cameo.get("0234").root()).isEqualTo("02");
        assertThatThrownBy(() -> cameo.get("999")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wordsHaveTheirClassesAndPhrasesMatchWhole() {
        Words words = Words.load();
        assertThat(words.is("could", WordClass.MODAL)).isTrue();
        assertThat(words.is("that", WordClass.DET)).isTrue();
        assertThat(words.is("that", WordClass.RELATIVE)).isTrue();
        assertThat(words.is("visit", WordClass.MODAL)).isFalse();
        assertThat(words.match(new String[] {"no", "longer", "visits"}, 0, WordClass.NEGATION)).isEqualTo(2);
        assertThat(words.match(new String[] {"each", "other"}, 0, WordClass.RECIPROCAL)).isEqualTo(2);
        assertThat(words.match(new String[] {"each", "year"}, 0, WordClass.RECIPROCAL)).isZero();
    }

    @Test
    void theFirstWordTestFindsTriggersAndNothingElse() {
        TriggerLexicon lexicon = TriggerLexicon.load(cameo, Refinements.load(cameo));
        assertThat(lexicon.mayOccurIn("Chile Visited Peru.", 0, 19)).isTrue();
        assertThat(lexicon.mayOccurIn("Chile and Peru are neighbours.", 0, 30)).isFalse();
        assertThat(lexicon.mayOccurIn("The revisited question.", 0, 23)).isFalse();
    }

    private static List<String[]> triggers() {
        return Tsv.read(TriggerLexicon.class, "triggers.tsv", "lemma", "pos", "forms", "code", "targets", "of",
                "refine", "intent", "passive", "flags", "weight");
    }
}
