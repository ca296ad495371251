package org.entente.extraction.money;

import java.util.List;
import java.util.Locale;

import org.entente.extraction.text.Chars;
import org.entente.extraction.text.Token;

/** The tokens of a span with the look-ups the money rules need; lower-case texts are made on first use. */
final class MoneyTokens {

    private final String text;
    private final List<Token> tokens;
    private final String[] lower;

    MoneyTokens(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.lower = new String[tokens.size()];
    }

    String text() {
        return text;
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    /** Whether {@code i} is a token of the span. */
    boolean has(int i) {
        return i >= 0 && i < tokens.size();
    }

    /** The lower-case text of token {@code i}, or the empty string outside the span. */
    String lower(int i) {
        if (!has(i)) {
            return "";
        }
        if (lower[i] == null) {
            lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
        }
        return lower[i];
    }

    boolean isType(int i, Token.Type type) {
        return has(i) && tokens.get(i).type() == type;
    }

    /** Whether token {@code j} follows token {@code i} with nothing between them. */
    boolean adjacent(int i, int j) {
        return tokens.get(i).end() == tokens.get(j).start();
    }

    /** A dash or hyphen token. */
    boolean isDash(int i) {
        return isType(i, Token.Type.PUNCT) && tokens.get(i).length() == 1
                && Chars.isDash(tokens.get(i).text().charAt(0));
    }

    /** The lower-case words of tokens {@code [from, to)}, separated by spaces. */
    String words(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int j = from; j < to; j++) {
            b.append(j > from ? " " : "").append(lower(j));
        }
        return b.toString();
    }
}
