package org.entente.extraction.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.entente.extraction.text.Tsv;

/**
 * The function words and short phrases of {@code words.tsv} with their {@link WordClass}es. Immutable and
 * thread-safe; load it once.
 */
final class Words {

    private final Map<String, Set<WordClass>> single;
    private final Map<String, Integer> masks;
    private final Map<String, List<Entry>> phrasesByFirst;

    private record Entry(Phrase phrase, Set<WordClass> classes) {
    }

    private Words(Map<String, Set<WordClass>> single, Map<String, List<Entry>> phrasesByFirst) {
        this.single = single;
        this.phrasesByFirst = phrasesByFirst;
        Map<String, Integer> bits = new HashMap<>();
        single.forEach((word, classes) -> bits.put(word, mask(classes)));
        this.masks = bits;
    }

    /** The bit of a class in a {@link #mask(String)}. */
    static int bit(WordClass wordClass) {
        return 1 << wordClass.ordinal();
    }

    private static int mask(Set<WordClass> classes) {
        int mask = 0;
        for (WordClass c : classes) {
            mask |= bit(c);
        }
        return mask;
    }

    /** The classes of a single word as bits ({@link #bit(WordClass)}), 0 for a word of no class. */
    int mask(String lower) {
        Integer mask = masks.get(lower);
        return mask == null ? 0 : mask;
    }

    /** The built-in dictionary. */
    static Words load() {
        Map<String, Set<WordClass>> single = new HashMap<>();
        Map<String, List<Entry>> phrases = new HashMap<>();
        for (String[] row : Tsv.read(Words.class, "words.tsv", "word", "classes")) {
            Set<WordClass> classes = EnumSet.noneOf(WordClass.class);
            for (String name : row[1].split("\\|")) {
                classes.add(WordClass.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            }
            Phrase phrase = Phrase.parse(row[0]);
            if (phrase.length() == 1) {
                single.computeIfAbsent(phrase.first(), w -> EnumSet.noneOf(WordClass.class)).addAll(classes);
            } else {
                phrases.computeIfAbsent(phrase.first(), w -> new ArrayList<>()).add(new Entry(phrase, classes));
            }
        }
        phrases.values().forEach(list -> list.sort((a, b) -> b.phrase().length() - a.phrase().length()));
        single.replaceAll((w, c) -> Collections.unmodifiableSet(c));
        return new Words(single, phrases);
    }

    /** Whether the single word {@code lower} is of the class. */
    boolean is(String lower, WordClass wordClass) {
        return (mask(lower) & bit(wordClass)) != 0;
    }

    /**
     * The number of words of the longest entry of the class starting at {@code lower[at]}, or 0 when none does.
     */
    int match(String[] lower, int at, WordClass wordClass) {
        List<Entry> entries = phrasesByFirst.get(lower[at]);
        if (entries != null) {
            for (Entry entry : entries) {
                if (entry.classes().contains(wordClass) && entry.phrase().matchesAt(lower, at)) {
                    return entry.phrase().length();
                }
            }
        }
        return is(lower[at], wordClass) ? 1 : 0;
    }
}
