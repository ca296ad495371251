package org.entente.extraction.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void wordsArePunctuationAreSplit() {
        List<Token> tokens = Tokenizer.tokens("the U.S.-led force", 0, 18);
        assertThat(tokens).extracting(Token::key).containsExactly("the", "u", ".", "s", ".", "-", "led", "force");
    }

    @Test
    void keysFoldCaseAndAccents() {
        assertThat(Tokenizer.tokens("Türkiye Côte Erdoğan", 0, 20)).extracting(Token::key)
                .containsExactly("turkiye", "cote", "erdogan");
    }

    @Test
    void dashesAndApostrophesHaveOneKeyEach() {
        assertThat(Tokenizer.tokens("a–b a‑b Iran’s Iran's", 0, 21)).extracting(Token::key)
                .containsExactly("a", "-", "b", "a", "-", "b", "iran", "'", "s", "iran", "'", "s");
    }

    @Test
    void offsetsReferToTheText() {
        String text = "  Pakistan  Iraq";
        Token iraq = Tokenizer.tokens(text, 0, text.length()).get(1);
        assertThat(text.substring(iraq.start(), iraq.end())).isEqualTo("Iraq");
    }

    @Test
    void spanLimitsTheTokens() {
        assertThat(Tokenizer.tokens("Chile Peru Bolivia", 6, 10)).extracting(Token::key).containsExactly("peru");
    }

    @Test
    void shapeTellsCapitalsFromCapitalisedWords() {
        assertThat(Tokenizer.shapeOf("US")).isEqualTo(Token.Shape.UPPER);
        assertThat(Tokenizer.shapeOf("Us")).isEqualTo(Token.Shape.CAPITALISED);
        assertThat(Tokenizer.shapeOf("us")).isEqualTo(Token.Shape.LOWER);
    }
}
