package org.entente.extraction.text;

/**
 * A token of the normalised text.
 *
 * @param start offset of the first character in the normalised text
 * @param end   offset just past the last character
 * @param text  the characters, {@code text.substring(start, end)}
 * @param type  what kind of token it is
 */
public record Token(int start, int end, String text, Type type) {

    /** Kinds of token. */
    public enum Type {
        /**
         * Letters, possibly with digits, inner hyphens and inner apostrophes ({@code Pakistan}, {@code anti-Daesh},
         * {@code JF-17}, {@code Ba'athist}), and abbreviations with their period ({@code Dr.}, {@code U.S.}).
         */
        WORD,
        /**
         * Digits with thousands separators, decimals and inner {@code /}, {@code :} ({@code 1,000}, {@code 66.2},
         * {@code 29/01/2024}, {@code 3:20}), and ordinal or decade suffixes ({@code 10th}, {@code 1970s}).
         */
        NUMBER,
        /** A possessive or contracted ending split off its word: {@code 's}, {@code ’s}, {@code n't}, {@code ’}. */
        CLITIC,
        /** Currency and other symbols: {@code $}, {@code US$}, {@code €}, {@code %}, {@code &}, {@code ©}. */
        SYMBOL,
        /** Punctuation, one character each, except an ellipsis of dots ({@code ...}), which is one token. */
        PUNCT
    }

    /** Whether this token's text equals {@code word}, ignoring case. */
    public boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }

    /** Whether this token is a {@link Type#WORD}. */
    public boolean isWord() {
        return type == Type.WORD;
    }

    /** Whether this token is a {@link Type#NUMBER}. */
    public boolean isNumber() {
        return type == Type.NUMBER;
    }

    /** Whether the token starts with an upper-case letter. */
    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** Number of characters. */
    public int length() {
        return end - start;
    }
}
