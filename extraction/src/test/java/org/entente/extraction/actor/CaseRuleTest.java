package org.entente.extraction.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseRuleTest {

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
        assertThat(CaseRule.EXACT.accepts("US", Token.Shape.UPPER, "US", false)).isTrue();
        assertThat(CaseRule.EXACT.accepts("Us", Token.Shape.CAPITALISED, "US", false)).isFalse();
        assertThat(CaseRule.EXACT.accepts("US", Token.Shape.UPPER, "US", true)).isFalse();
    }

    @Test
    void longAcronymAlsoMatchesCapitalised() {
        assertThat(CaseRule.LONG_ACRONYM.accepts("Nato", Token.Shape.CAPITALISED, "NATO", false)).isTrue();
        assertThat(CaseRule.LONG_ACRONYM.accepts("nato", Token.Shape.LOWER, "NATO", false)).isFalse();
    }

    @Test
    void capitalisedNameMatchesCapitalsOnlyInAShoutedLine() {
        assertThat(CaseRule.CAPITALISED.accepts("TURKEY", Token.Shape.UPPER, "Turkey", true)).isTrue();
        assertThat(CaseRule.CAPITALISED.accepts("TURKEY", Token.Shape.UPPER, "Turkey", false)).isFalse();
        assertThat(CaseRule.CAPITALISED.accepts("turkey", Token.Shape.LOWER, "Turkey", false)).isFalse();
    }
}
