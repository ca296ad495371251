package org.entente.extraction.actor;

/**
 * One token of the text: a run of letters and digits, or a single punctuation character.
 *
 * @param start  offset of the first character
 * @param end    offset just past the last character
 * @param key    the form used for dictionary look-up: lower case without accents for a word, {@code "-"} for
 *               any hyphen or en dash, {@code "'"} for any apostrophe, the character itself for other punctuation
 * @param shape  the token's letter case
 */
record Token(int start, int end, String key, Shape shape) {

    /** Letter case of a token. */
    enum Shape {
        /** Starts with a lower-case letter, or has no letter (digits). */
        LOWER,
        /** Starts with a capital and has a lower-case letter after it ("Pakistan", "McDonald"). */
        CAPITALISED,
        /** Letters all capitals ("US", "ISI", "A"). */
        UPPER,
        /** Punctuation. */
        PUNCT
    }

    boolean isWord() {
        return shape != Shape.PUNCT;
    }

    boolean isHyphen() {
        return "-".equals(key);
    }

    /** Capitalised or all capitals: how a name starts. */
    boolean startsUpper() {
        return shape == Shape.CAPITALISED || shape == Shape.UPPER;
    }
}
