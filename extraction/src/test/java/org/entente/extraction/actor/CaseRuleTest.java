package org.entente.extraction.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseRuleTest {

    private static Token word(String text) {
        return Tokenizer.tokens(text, 0, text.length()).get(0);
    }

    @Test
    void ruleFollowsTheDictionaryWord() {
        assertThat(CaseRule.of("of")).isEqualTo(CaseRule.ANY);
        assertThat(CaseRule.of("Pakistan")).isEqualTo(CaseRule.CAPITALISED);
        assertThat(CaseRule.of("US")).isEqualTo(CaseRule.EXACT);
        assertThat(CaseRule.of("LoC")).isEqualTo(CaseRule.EXACT);
        assertThat(CaseRule.of("NATO")).isEqualTo(CaseRule.LONG_ACRONYM);
    }

    @Test
    void shortAcronymMatchesOnlyAsWritten() {
        assertThat(CaseRule.EXACT.accepts("US", word("US"), "US", false)).isTrue();
        assertThat(CaseRule.EXACT.accepts("Us", word("Us"), "US", false)).isFalse();
        assertThat(CaseRule.EXACT.accepts("US", word("US"), "US", true)).isFalse();
    }

    @Test
    void longAcronymAlsoMatchesCapitalised() {
        assertThat(CaseRule.LONG_ACRONYM.accepts("Nato", word("Nato"), "NATO", false)).isTrue();
        assertThat(CaseRule.LONG_ACRONYM.accepts("nato", word("nato"), "NATO", false)).isFalse();
    }

    @Test
    void capitalisedNameMatchesCapitalsOnlyInAShoutedLine() {
        assertThat(CaseRule.CAPITALISED.accepts("TURKEY", word("TURKEY"), "Turkey", true)).isTrue();
        assertThat(CaseRule.CAPITALISED.accepts("TURKEY", word("TURKEY"), "Turkey", false)).isFalse();
        assertThat(CaseRule.CAPITALISED.accepts("turkey", word("turkey"), "Turkey", false)).isFalse();
    }
}
