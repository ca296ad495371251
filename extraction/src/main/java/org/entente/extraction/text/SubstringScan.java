package org.entente.extraction.text;

import java.util.List;
import java.util.Locale;

/**
 * Whether a text, lower-cased, contains one of a few lower-case ASCII strings anywhere (not only as whole words),
 * in one pass over the text's characters and without copying it. Immutable and thread-safe.
 */
public final class SubstringScan {

    /** Lower case of U+0130 is two characters: text holding it is lower-cased and searched the plain way. */
    private static final char DOTTED_CAPITAL_I = '\u0130';

    private final List<String> needles;
    /** For each ASCII character, the needles that start with it, or null. */
    private final String[][] byFirst = new String[128][];

    /** Whether every needle is lower-case ASCII and not empty, so that the one-pass scan applies. */
    private final boolean fast;

    private SubstringScan(List<String> needles) {
        this.needles = needles;
        this.fast = needles.stream().allMatch(n -> !n.isEmpty()
                && n.chars().allMatch(c -> c < 128 && !(c >= 'A' && c <= 'Z')));
        for (char c = 0; c < 128 && fast; c++) {
            final char first = c;
            List<String> starting = needles.stream().filter(n -> n.charAt(0) == first).toList();
            byFirst[c] = starting.isEmpty() ? null : starting.toArray(new String[0]);
        }
    }

    /** A scan for {@code needles}, lower-case strings; an empty one, or one not lower-case ASCII, makes it slower. */
    public static SubstringScan of(List<String> needles) {
        return new SubstringScan(List.copyOf(needles));
    }

    /** Whether {@code text.toLowerCase(Locale.ROOT)} contains one of the needles. */
    public boolean foundIn(String text) {
        if (!fast || text.indexOf(DOTTED_CAPITAL_I) >= 0) {
            String lower = text.toLowerCase(Locale.ROOT);
            return needles.stream().anyMatch(lower::contains);
        }
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = lower(text.charAt(i));
            String[] candidates = c < 128 ? byFirst[c] : null;
            if (candidates != null) {
                for (String needle : candidates) {
                    if (matchesAt(text, i, needle)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(String text, int at, String needle) {
        if (at + needle.length() > text.length()) {
            return false;
        }
        for (int k = 1; k < needle.length(); k++) {
            if (lower(text.charAt(at + k)) != needle.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The lower case of a character as {@link String#toLowerCase(Locale)} with the root locale makes it. */
    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }
}
