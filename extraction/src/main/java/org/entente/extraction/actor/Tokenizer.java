package org.entente.extraction.actor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Splits text into {@link Token}s for dictionary look-up. Stateless; one linear pass. */
final class Tokenizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Tokenizer() {
    }

    /** The tokens of {@code text[start, end)}; whitespace separates tokens and is dropped. */
    static List<Token> tokens(String text, int start, int end) {
        List<Token> tokens = new ArrayList<>(Math.max(16, (end - start) / 5));
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (isWordPart(c)) {
                int j = i + 1;
                while (j < end && isWordPart(text.charAt(j))) {
                    j++;
                }
                tokens.add(word(text, i, j));
                i = j;
            } else {
                if (!isSpace(c)) {
                    tokens.add(new Token(i, i + 1, punctuationKey(c), Token.Shape.PUNCT));
                }
                i++;
            }
        }
        return tokens;
    }

    /** The look-up key of a dictionary phrase's words, as the tokens of the text would have them. */
    static String fold(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (ascii) {
            return lower;
        }
        String stripped = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return stripped.replace('ı', 'i').replace('ø', 'o').replace('đ', 'd').replace('ł', 'l').replace("ß", "ss");
    }

    private static boolean isWordPart(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c > 127 && Character.isSpaceChar(c)
                || Character.isWhitespace(c);
    }

    /** A word token; one allocation for the common lower-case ASCII word. */
    private static Token word(String text, int start, int end) {
        boolean ascii = true;
        boolean lowerAfterFirst = false;
        boolean upperAfterFirst = false;
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c > 127) {
                ascii = false;
            } else if (c >= 'a' && c <= 'z') {
                lowerAfterFirst = true;
            } else if (c >= 'A' && c <= 'Z') {
                upperAfterFirst = true;
            }
        }
        char first = text.charAt(start);
        boolean upperFirst = Character.isUpperCase(first);
        Token.Shape shape = !upperFirst ? Token.Shape.LOWER
                : lowerAfterFirst || !ascii && hasLowerCase(text, start + 1, end) ? Token.Shape.CAPITALISED
                : Token.Shape.UPPER;
        String surface = text.substring(start, end);
        String key;
        if (!ascii || first > 127) {
            key = fold(surface);
        } else if (!upperFirst && !upperAfterFirst) {
            key = surface;
        } else {
            key = surface.toLowerCase(Locale.ROOT);
        }
        return new Token(start, end, key, shape);
    }

    private static boolean hasLowerCase(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static Token.Shape shapeOf(String word) {
        char first = word.charAt(0);
        if (!Character.isUpperCase(first)) {
            return Token.Shape.LOWER;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return Token.Shape.CAPITALISED;
            }
        }
        return Token.Shape.UPPER;
    }

    private static String punctuationKey(char c) {
        return switch (c) {
            case '-', '\u2010', '\u2011', '\u2012', '\u2013' -> "-";
            case '\'', '\u2019', '\u2018', '\u02BC', '\u02BB', '`' -> "'";
            default -> String.valueOf(c);
        };
    }
}
