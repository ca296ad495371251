package org.entente.extraction.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Abbreviations whose period is not a sentence end, and the words that commonly open a sentence, from
 * {@code abbreviations.tsv} and {@code sentence-starters.tsv}. Immutable; {@link #standard()} is loaded once.
 */
public final class Abbreviations {

    /** How an abbreviation's period behaves at a possible sentence end. */
    public enum Kind {
        /** Before a name: never a sentence end ({@code Dr.}, {@code Gen.}). */
        TITLE,
        /** Before a number: never a sentence end before a digit ({@code No.}, {@code Feb.}, {@code p.}). */
        NUMBER,
        /** May end a sentence: does so only before a sentence-opening word ({@code etc.}, {@code U.S.}). */
        GENERAL
    }

    private static final class Holder {
        static final Abbreviations STANDARD = load();
    }

    private final Map<String, Kind> kinds;
    private final Set<String> starters;

    private Abbreviations(Map<String, Kind> kinds, Set<String> starters) {
        this.kinds = Map.copyOf(kinds);
        this.starters = Set.copyOf(starters);
    }

    /** The built-in dictionaries, loaded on first use. */
    public static Abbreviations standard() {
        return Holder.STANDARD;
    }

    private static Abbreviations load() {
        Map<String, Kind> kinds = new HashMap<>();
        for (String[] row : Tsv.read(Abbreviations.class, "abbreviations.tsv", "abbreviation", "kind")) {
            Kind kind = Kind.valueOf(row[1].toUpperCase(Locale.ROOT));
            if (kinds.put(row[0], kind) != null) {
                throw new IllegalStateException("abbreviations.tsv: " + row[0] + " listed twice");
            }
        }
        Set<String> starters = new HashSet<>();
        for (String[] row : Tsv.read(Abbreviations.class, "sentence-starters.tsv", "word")) {
            starters.add(row[0].toLowerCase(Locale.ROOT));
        }
        return new Abbreviations(kinds, starters);
    }

    /**
     * The kind of the abbreviation {@code text[start, end)}, which must include its final period, or null when
     * it is not a known abbreviation.
     */
    public Kind kind(CharSequence text, int start, int end) {
        if (end - start < 2 || end - start > 8) {
            return null;
        }
        return kinds.get(text.subSequence(start, end).toString());
    }

    /** Whether {@code word} (any case) commonly opens a sentence ({@code The}, {@code However}, {@code It}). */
    public boolean isSentenceStarter(String word) {
        return starters.contains(word.toLowerCase(Locale.ROOT));
    }
}
