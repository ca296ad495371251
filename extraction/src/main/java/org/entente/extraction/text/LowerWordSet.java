package org.entente.extraction.text;

import java.util.BitSet;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * A set of lower-case words that tells whether a span of text, lower-cased, is one of them, without copying or
 * lower-casing the span in the common case: an ASCII span is first hashed as its lower-case form would be, and
 * only a hash that some word of the set has leads to the exact look-up. Immutable and thread-safe.
 */
public final class LowerWordSet {

    private static final int FILTER_BITS = 1 << 16;

    private final Set<String> words;
    private final BitSet hashes = new BitSet(FILTER_BITS);

    private LowerWordSet(Set<String> words) {
        this.words = words;
        for (String word : words) {
            hashes.set(word.hashCode() & (FILTER_BITS - 1));
        }
    }

    /** The set of {@code words} (lower case, {@link Locale#ROOT}). */
    public static LowerWordSet of(Collection<String> words) {
        return new LowerWordSet(Set.copyOf(words));
    }

    /** Whether {@code text[start, end)} in lower case ({@link Locale#ROOT}) is a word of the set. */
    public boolean containsLowerCased(String text, int start, int end) {
        int hash = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c >= 128) {
                return words.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
            }
            hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return hashes.get(hash & (FILTER_BITS - 1))
                && words.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }
}
