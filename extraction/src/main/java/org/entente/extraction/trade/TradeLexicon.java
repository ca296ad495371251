package org.entente.extraction.trade;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.entente.extraction.text.Tsv;

/**
 * The trade coder's dictionary ({@code trade-words.tsv}): the classes of the words read around an amount of
 * money, matched as lower-case word sequences, longest first. Loaded once; immutable and shared.
 */
final class TradeLexicon {

    /** Classes of words; see {@code trade-words.tsv}. */
    enum WordClass {
        EXPORT, IMPORT, TOTAL, EXCLUDED, CHANGE, TARGET, HYPOTHETICAL, NEGATION, ANNUAL, CURRENT, GENERIC, LINK,
        PREPOSITION, CLAUSE, PAIR, PAST, DETERMINER, VERB;

        /** Whether words of the class name a flow of trade. */
        boolean isFlow() {
            return this == EXPORT || this == IMPORT || this == TOTAL;
        }
    }

    /** A phrase of the dictionary found at a token: its classes and length in tokens. */
    record Match(Set<WordClass> classes, int length) {

        boolean is(WordClass wordClass) {
            return classes.contains(wordClass);
        }
    }

    private record Entry(String[] words, Set<WordClass> classes) {
    }

    private static final class Holder {
        static final TradeLexicon STANDARD = new TradeLexicon();
    }

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    /** Words one of which a sentence must contain to state a trade figure: the first words of flow phrases. */
    private final List<String> keywords = new ArrayList<>();

    private TradeLexicon() {
        Map<String, Set<WordClass>> classes = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (String[] row : Tsv.read(TradeLexicon.class, "trade-words.tsv", "word", "class")) {
            String phrase = row[0].toLowerCase(Locale.ROOT);
            WordClass wordClass = WordClass.valueOf(row[1].toUpperCase(Locale.ROOT));
            if (!classes.containsKey(phrase)) {
                order.add(phrase);
            }
            classes.computeIfAbsent(phrase, p -> EnumSet.noneOf(WordClass.class)).add(wordClass);
        }
        for (String phrase : order) {
            String[] words = phrase.split(" ");
            Set<WordClass> set = Set.copyOf(classes.get(phrase));
            byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Entry(words, set));
            if (set.stream().anyMatch(WordClass::isFlow) && keywords.stream().noneMatch(words[0]::contains)) {
                keywords.removeIf(k -> k.contains(words[0]));
                keywords.add(words[0]);
            }
        }
        byFirstWord.values().forEach(list -> list.sort((a, b) -> b.words().length - a.words().length));
    }

    static TradeLexicon standard() {
        return Holder.STANDARD;
    }

    /** Lower-case words one of which a sentence must contain to state a trade figure. */
    List<String> keywords() {
        return List.copyOf(keywords);
    }

    /** The longest phrase starting at token {@code i} of {@code lower}, or null. */
    Match at(String[] lower, int i) {
        List<Entry> entries = i >= 0 && i < lower.length ? byFirstWord.get(lower[i]) : null;
        if (entries == null) {
            return null;
        }
        for (Entry e : entries) {
            if (matches(e.words(), lower, i)) {
                return new Match(e.classes(), e.words().length);
            }
        }
        return null;
    }

    /** Whether the longest phrase at token {@code i} is of the class. */
    boolean is(String[] lower, int i, WordClass wordClass) {
        Match m = at(lower, i);
        return m != null && m.is(wordClass);
    }

    /** Whether the single word {@code lower} is of the class (as a phrase of its own). */
    boolean isWord(String lower, WordClass wordClass) {
        List<Entry> entries = byFirstWord.get(lower);
        if (entries == null) {
            return false;
        }
        for (Entry e : entries) {
            if (e.words().length == 1) {
                return e.classes().contains(wordClass);
            }
        }
        return false;
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
