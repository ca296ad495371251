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
    private final Map<String, List<Entry>> phrasesByFirst;

    private record Entry(Phrase phrase, Set<WordClass> classes) {
    }

    private Words(Map<String, Set<WordClass>> single, Map<String, List<Entry>> phrasesByFirst) {
        this.single = single;
        this.phrasesByFirst = phrasesByFirst;
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
        return new Words(Map.copyOf(single), Map.copyOf(phrases));
    }

    /** Whether the single word {@code lower} is of the class. */
    boolean is(String lower, WordClass wordClass) {
        Set<WordClass> classes = single.get(lower);
        return classes != null && classes.contains(wordClass);
    }

    /** Whether the single word has any class at all (a function word, as opposed to a noun or adjective). */
    boolean isFunctionWord(String lower) {
        return single.containsKey(lower);
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
