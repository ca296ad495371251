package org.entente.extraction.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.entente.extraction.text.Tsv;

/**
 * The trigger words of {@code triggers.tsv}, looked up by the words of a sentence: at each word, the longest form
 * that starts there and the triggers (a verb, a noun, or both) that have it. Immutable and thread-safe.
 */
final class TriggerLexicon {

    private static final String[] COLUMNS = {"lemma", "pos", "forms", "code", "targets", "of", "refine", "intent",
        "passive", "flags", "weight"};

    /**
     * A form found in a sentence.
     *
     * @param length   number of words
     * @param triggers the triggers with this form
     */
    record Match(int length, List<Trigger> triggers) {
    }

    private record Form(Phrase phrase, List<Trigger> triggers) {
    }

    private final Map<String, List<Form>> byFirstWord;
    private final FirstWords firstWords;
    private final FirstWords pairFirstWords;

    private TriggerLexicon(Map<String, List<Form>> byFirstWord) {
        this.byFirstWord = byFirstWord;
        this.firstWords = FirstWords.of(byFirstWord.keySet());
        this.pairFirstWords = FirstWords.of(byFirstWord.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(f -> f.triggers().stream()
                        .anyMatch(t -> t.has(Trigger.Flag.PAIR))))
                .map(Map.Entry::getKey).toList());
    }

    /** Whether a trigger may start in {@code text[start, end)}: a cheap test before tokenising a sentence. */
    boolean mayOccurIn(CharSequence text, int start, int end) {
        return firstWords.occursIn(text, start, end);
    }

    /**
     * Whether a trigger that needs no state named ('pair' flag: "relations were normalised") may start in
     * {@code text[start, end)}.
     */
    boolean pairTriggerMayOccurIn(CharSequence text, int start, int end) {
        return pairFirstWords.occursIn(text, start, end);
    }

    /** The built-in lexicon, checked against the code table and the refinement groups. */
    static TriggerLexicon load(CameoTable cameo, Refinements refinements) {
        Map<Phrase, List<Trigger>> forms = new LinkedHashMap<>();
        int row = 0;
        for (String[] cells : Tsv.read(TriggerLexicon.class, "triggers.tsv", COLUMNS)) {
            row++;
            Trigger trigger = parse(cells, cameo, refinements, row);
            for (String form : cells[2].split("\\|")) {
                forms.computeIfAbsent(Phrase.parse(form), p -> new ArrayList<>()).add(trigger);
            }
        }
        Map<String, List<Form>> byFirst = new HashMap<>();
        forms.forEach((phrase, triggers) -> byFirst.computeIfAbsent(phrase.first(), w -> new ArrayList<>())
                .add(new Form(phrase, List.copyOf(triggers))));
        byFirst.values().forEach(list -> list.sort((a, b) -> b.phrase().length() - a.phrase().length()));
        // a hash map answers the many misses (one look-up per word of a sentence) faster than Map.copyOf's probing
        return new TriggerLexicon(Collections.unmodifiableMap(byFirst));
    }

    /** The longest form starting at {@code lower[at]}, or null when no trigger starts there. */
    Match at(String[] lower, int at) {
        return at(lower, at, lower.length - at);
    }

    /** The longest form of at most {@code maxLength} words starting at {@code lower[at]}, or null. */
    Match at(String[] lower, int at, int maxLength) {
        List<Form> candidates = byFirstWord.get(lower[at]);
        if (candidates == null) {
            return null;
        }
        for (Form form : candidates) {
            if (form.phrase().length() <= maxLength && form.phrase().matchesAt(lower, at)) {
                return new Match(form.phrase().length(), form.triggers());
            }
        }
        return null;
    }

    private static Trigger parse(String[] c, CameoTable cameo, Refinements refinements, int row) {
        String where = "triggers.tsv row " + row + " (" + c[0] + "): ";
        Trigger.Pos pos = Trigger.Pos.valueOf(c[1].toUpperCase(Locale.ROOT));
        String code = c[3].equals("-") ? null : checkedCode(c[3], cameo, where);
        String refine = c[6].isEmpty() ? null : c[6];
        if (refine != null && !refinements.hasGroup(refine)) {
            throw new IllegalStateException(where + "unknown refine group " + refine);
        }
        if (code == null && refine == null) {
            throw new IllegalStateException(where + "a trigger without a code needs a refine group");
        }
        String intent = c[7].isEmpty() ? null : checkedCode(c[7], cameo, where);
        Trigger.Of of = c[5].isEmpty() || c[5].equals("-") ? Trigger.Of.NONE
                : Trigger.Of.valueOf(c[5].toUpperCase(Locale.ROOT));
        Set<Trigger.Flag> flags = EnumSet.noneOf(Trigger.Flag.class);
        for (String flag : list(c[9])) {
            flags.add(Trigger.Flag.valueOf(flag.toUpperCase(Locale.ROOT)));
        }
        List<String> passive = c[8].isEmpty() ? List.of("by") : list(c[8]);
        return new Trigger(c[0], pos, code, list(c[4]), of, refine, intent, passive, flags,
                Double.parseDouble(c[10]));
    }

    private static String checkedCode(String code, CameoTable cameo, String where) {
        if (!cameo.contains(code)) {
            throw new IllegalStateException(where + "unknown CAMEO code " + code);
        }
        return code;
    }

    private static List<String> list(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
