package org.entente.extraction.event;

import java.util.Arrays;
import java.util.Locale;

/**
 * A dictionary phrase of one or more lower-case words, matched against a sentence's lower-case words. A word
 * ending in {@code *} matches any word it starts ({@code econom*} matches {@code economic}).
 *
 * @param words the words, lower case
 */
record Phrase(String[] words) {

    Phrase {
        if (words.length == 0) {
            throw new IllegalArgumentException("empty phrase");
        }
        words = words.clone();
    }

    /** The phrase of a dictionary cell: words separated by spaces. */
    static Phrase parse(String cell) {
        String trimmed = cell.trim().toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        return new Phrase(trimmed.split("\\s+"));
    }

    /** Number of words. */
    int length() {
        return words.length;
    }

    /** The first word, as written (with its {@code *} if it has one). */
    String first() {
        return words[0];
    }

    /** Whether the phrase's words stand at {@code lower[at...]}. */
    boolean matchesAt(String[] lower, int at) {
        if (at < 0 || at + words.length > lower.length) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (!wordMatches(words[i], lower[at + i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean wordMatches(String pattern, String word) {
        if (pattern.endsWith("*")) {
            return word.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(word);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Phrase phrase && Arrays.equals(words, phrase.words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
