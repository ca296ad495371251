package org.entente.extraction.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Numbers written as words ({@code two}, {@code twenty-five}, {@code a}), from {@code number-words.tsv}. Immutable;
 * {@link #standard()} is loaded once.
 */
public final class NumberWords {

    private static final class Holder {
        static final NumberWords STANDARD = load();
    }

    private final Map<String, Double> values;
    private final Set<String> indefinite;

    private NumberWords(Map<String, Double> values, Set<String> indefinite) {
        this.values = Map.copyOf(values);
        this.indefinite = Set.copyOf(indefinite);
    }

    /** The built-in dictionary, loaded on first use. */
    public static NumberWords standard() {
        return Holder.STANDARD;
    }

    private static NumberWords load() {
        Map<String, Double> values = new HashMap<>();
        Set<String> indefinite = new HashSet<>();
        for (String[] row : Tsv.read(NumberWords.class, "number-words.tsv", "word", "value")) {
            if (row[1].isEmpty()) {
                indefinite.add(row[0]);
            } else {
                values.put(row[0], Double.parseDouble(row[1]));
            }
        }
        return new NumberWords(values, indefinite);
    }

    /**
     * The value of a number word, any case ({@code Two} → 2, {@code twenty-five} → 25, {@code an} → 1, {@code half} → 0.5), or null
     * when it is not one or is indefinite.
     */
    public Double value(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Double value = values.get(w);
        if (value != null || w.indexOf('-') < 0) {
            return value;
        }
        String[] parts = w.split("-");
        if (parts.length != 2) {
            return null;
        }
        Double tens = values.get(parts[0]);
        Double units = values.get(parts[1]);
        boolean compound = tens != null && units != null && tens >= 20 && tens < 100 && tens % 10 == 0
                && units >= 1 && units <= 9 && units % 1 == 0;
        return compound ? tens + units : null;
    }

    /** Every listed word, lower case, definite or not (compounds such as {@code twenty-five} are not listed). */
    public Set<String> words() {
        Set<String> all = new HashSet<>(values.keySet());
        all.addAll(indefinite);
        return Set.copyOf(all);
    }

    /** Whether the word is an indefinite quantity: {@code few}, {@code several}, {@code couple}, {@code many}. */
    public boolean isIndefinite(String word) {
        return indefinite.contains(word.toLowerCase(Locale.ROOT));
    }
}
