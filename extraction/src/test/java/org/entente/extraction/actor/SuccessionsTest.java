package org.entente.extraction.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.extraction.FuzzyDate;
import org.junit.jupiter.api.Test;

class SuccessionsTest {

    private final ActorResolver resolver = ActorResolver.shared();

    @Test
    void russiaDuringTheColdWarIsTheSovietUnion() {
        assertThat(resolver.codeAt("RUS", FuzzyDate.ofYear(1980))).isEqualTo("SUN");
        assertThat(resolver.codeAt("RUS", FuzzyDate.ofDay(1992, 1, 1))).isEqualTo("RUS");
    }

    @Test
    void serbiaWasYugoslaviaThenSerbiaAndMontenegro() {
        assertThat(resolver.codeAt("SRB", FuzzyDate.ofYear(1999))).isEqualTo("YUG");
        assertThat(resolver.codeAt("SRB", FuzzyDate.ofYear(2004))).isEqualTo("SCG");
        assertThat(resolver.codeAt("SRB", FuzzyDate.ofYear(2010))).isEqualTo("SRB");
    }

    @Test
    void stateWithoutASuccessionKeepsItsCode() {
        assertThat(resolver.codeAt("PAK", FuzzyDate.ofYear(1960))).isEqualTo("PAK");
    }

    @Test
    void kremlinMentionIsRussiaUntilDated() {
        ActorMention kremlin = Mentions.of("the Kremlin said").get(0);
        assertThat(kremlin.code()).isEqualTo("RUS");
        assertThat(resolver.codeAt(kremlin.code(), FuzzyDate.ofYear(1968))).isEqualTo("SUN");
    }
}
