package org.entente.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LowerWordSetTest {

    private final LowerWordSet words = LowerWordSet.of(List.of("treaty", "accord", "müller"));

    @Test
    void spanInAnyCaseIsFoundByItsLowerCaseForm() {
        String text = "The TREATY and the Accord";
        assertThat(words.containsLowerCased(text, 4, 10)).isTrue();
        assertThat(words.containsLowerCased(text, 19, 25)).isTrue();
    }

    @Test
    void spanThatOnlyStartsOrEndsLikeAWordIsNotOne() {
        String text = "treaties accords";
        assertThat(words.containsLowerCased(text, 0, 8)).isFalse();
        assertThat(words.containsLowerCased(text, 0, 5)).isFalse();
        assertThat(words.containsLowerCased(text, 9, 16)).isFalse();
    }

    @Test
    void nonAsciiSpanIsLowerCasedLikeAString() {
        String text = "Herr MÜLLER";
        assertThat(words.containsLowerCased(text, 5, 11)).isTrue();
    }
}
