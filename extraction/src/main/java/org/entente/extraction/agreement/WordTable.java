package org.entente.extraction.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * Lower-case word sequences with a value each, matched longest first against a sentence's lower-case tokens.
 * Built once from a dictionary, then read-only and thread-safe.
 *
 * @param <V> the value of an entry
 */
final class WordTable<V> {

    /** A match at a token: the entry's value and how many tokens it covers. */
    record Match<V>(V value, int length) {
    }

    private record Entry<V>(String[] words, V value) {
    }

    /** The longest phrase {@link #endingAt} looks for. */
    private static final int MAX_WORDS = 5;

    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();

    /**
     * Adds an entry; a phrase added twice keeps one entry whose value is {@code merge(old, new)}.
     *
     * @param phrase words separated by single spaces
     */
    void put(String phrase, V value, BinaryOperator<V> merge) {
        String[] words = phrase.toLowerCase(Locale.ROOT).split(" ");
        if (words.length > MAX_WORDS) {
            throw new IllegalArgumentException("more than " + MAX_WORDS + " words: " + phrase);
        }
        List<Entry<V>> entries = byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>());
        for (int i = 0; i < entries.size(); i++) {
            if (Arrays.equals(entries.get(i).words(), words)) {
                entries.set(i, new Entry<>(words, merge.apply(entries.get(i).value(), value)));
                return;
            }
        }
        entries.add(new Entry<>(words, value));
        entries.sort((a, b) -> b.words().length - a.words().length);
    }

    /** Adds an entry that must be new. */
    void put(String phrase, V value) {
        put(phrase, value, (a, b) -> {
            throw new IllegalStateException("duplicate entry: " + phrase);
        });
    }

    /** The longest entry that starts at token {@code i} of {@code lower}, or null (also outside the tokens). */
    Match<V> at(String[] lower, int i) {
        List<Entry<V>> entries = i >= 0 && i < lower.length ? byFirstWord.get(lower[i]) : null;
        if (entries == null) {
            return null;
        }
        for (Entry<V> entry : entries) {
            if (matches(entry.words(), lower, i)) {
                return new Match<>(entry.value(), entry.words().length);
            }
        }
        return null;
    }

    /** The longest entry that ends at token {@code last} of {@code lower}, or null. */
    Match<V> endingAt(String[] lower, int last) {
        for (int first = Math.max(0, last - MAX_WORDS + 1); first <= last; first++) {
            List<Entry<V>> entries = byFirstWord.get(lower[first]);
            if (entries == null) {
                continue;
            }
            for (Entry<V> entry : entries) {
                if (entry.words().length == last - first + 1 && matches(entry.words(), lower, first)) {
                    return new Match<>(entry.value(), entry.words().length);
                }
            }
        }
        return null;
    }

    /** Whether some entry starts with this lower-case word. */
    boolean startsWith(String word) {
        return byFirstWord.containsKey(word);
    }

    private static boolean matches(String[] words, String[] lower, int i) {
        if (i + words.length > lower.length) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!words[k].equals(lower[i + k])) {
                return false;
            }
        }
        return true;
    }
}
