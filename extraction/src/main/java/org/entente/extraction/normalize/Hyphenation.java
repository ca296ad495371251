package org.entente.extraction.normalize;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.entente.extraction.text.Tsv;

/**
 * Joins a word broken by a hyphen at a line or page end. The hyphen stays when the word is written with it
 * elsewhere in the document, when either half is capitalised ({@code Pakistan-Iraq}, {@code Saudi-led}), or when
 * the first half is a prefix written with a hyphen ({@code anti-terrorism}) and the document does not write the
 * joined word; otherwise the halves are joined without it ({@code coopera-tion} → {@code cooperation}).
 */
final class Hyphenation {

    private final Set<String> prefixes;

    private Hyphenation(Set<String> prefixes) {
        this.prefixes = Set.copyOf(prefixes);
    }

    static Hyphenation load() {
        Set<String> prefixes = new HashSet<>();
        for (String[] row : Tsv.read(Hyphenation.class, "hyphen-prefixes.tsv", "prefix")) {
            prefixes.add(row[0].toLowerCase(Locale.ROOT));
        }
        return new Hyphenation(prefixes);
    }

    /** Whether {@code text} ends in a letter and a hyphen, i.e. may end with a broken word. */
    static boolean endsWithBreak(String text) {
        int n = text.length();
        return n >= 2 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2));
    }

    /**
     * {@code left} (ending in a word and a hyphen) followed by {@code right} (starting with a letter), with the
     * hyphen kept or dropped.
     *
     * @param document the whole document, searched for the word's other spellings
     */
    String join(String left, String right, String document) {
        int wordStart = left.length() - 1;
        while (wordStart > 0 && Character.isLetter(left.charAt(wordStart - 1))) {
            wordStart--;
        }
        String head = left.substring(wordStart, left.length() - 1);
        int tailEnd = 0;
        while (tailEnd < right.length() && Character.isLetter(right.charAt(tailEnd))) {
            tailEnd++;
        }
        String tail = right.substring(0, tailEnd);
        boolean keep = Character.isUpperCase(head.charAt(0)) || !tail.isEmpty() && Character.isUpperCase(tail.charAt(0))
                || containsIgnoringCase(document, head + "-" + tail)
                || !containsIgnoringCase(document, head + tail) && prefixes.contains(head.toLowerCase(Locale.ROOT));
        return keep ? left + right : left.substring(0, left.length() - 1) + right;
    }

    private static boolean containsIgnoringCase(String text, String word) {
        int last = text.length() - word.length();
        for (int i = 0; i <= last; i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
