package org.entente.extraction.money;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.entente.extraction.text.NumberWords;
import org.entente.extraction.text.Tsv;

/** The money dictionaries: currency forms and families, multipliers and hedges. */
final class CurrencyLexicon {

    /** Where a currency form goes relative to its amount. */
    enum Position {
        PREFIX, SUFFIX, BOTH;

        boolean allowsPrefix() {
            return this != SUFFIX;
        }

        boolean allowsSuffix() {
            return this != PREFIX;
        }
    }

    /** A currency form: an ISO code, or a lower-case family name resolved with {@link #resolve}. */
    record Form(String currency, Position position) {
    }

    /** A multiplier word. */
    record Multiplier(double factor, boolean glued) {
    }

    // What money can start with at a word (see role).
    static final int NONE = 0;
    static final int NUMBER_WORD = 1;
    static final int BETWEEN = 2;
    static final int CURRENCY = 3;

    private record Family(String defaultCode, boolean sentenceReach, Map<String, String> qualifiers) {
    }

    private static final class Holder {
        static final CurrencyLexicon STANDARD = load();
    }

    /** Forms matched exactly (all-capital codes). */
    private final Map<String, Form> exactForms;
    /** Other forms, by lower case. */
    private final Map<String, Form> forms;
    private final Map<String, Family> families;
    private final Map<String, Multiplier> multipliers;
    /** Hedge phrases by their last word, each as its words. */
    private final Map<String, List<String[]>> hedgesByLastWord;
    /** Words money can start with, as written (codes) or in lower case (others). */
    private final Map<String, Integer> roles;

    private CurrencyLexicon(Map<String, Form> exactForms, Map<String, Form> forms, Map<String, Family> families,
                            Map<String, Multiplier> multipliers, Map<String, List<String[]>> hedgesByLastWord) {
        this.exactForms = Map.copyOf(exactForms);
        this.forms = Map.copyOf(forms);
        this.families = Map.copyOf(families);
        this.multipliers = Map.copyOf(multipliers);
        this.hedgesByLastWord = Map.copyOf(hedgesByLastWord);
        Map<String, Integer> r = new HashMap<>();
        NumberWords.standard().words().forEach(w -> putCased(r, w, NUMBER_WORD));
        putCased(r, "between", BETWEEN);
        exactForms.forEach((form, f) -> r.put(form, f.position().allowsPrefix() ? CURRENCY : NONE));
        forms.forEach((form, f) -> putCased(r, form, f.position().allowsPrefix() ? CURRENCY : NONE));
        // a prefix written as a word and a symbol is two tokens (U.S. $, CN ¥): money can start at the word
        forms.keySet().stream().filter(CurrencyLexicon::isWordAndSymbol).map(form -> form.substring(0, form.length() - 1))
                .forEach(word -> {
                    r.putIfAbsent(word, CURRENCY);
                    r.putIfAbsent(word.toUpperCase(Locale.ROOT), CURRENCY);
                });
        this.roles = r;
    }

    /** Puts a lower-case word and its capitalised form, so that look-ups need not lower-case the text. */
    private static void putCased(Map<String, Integer> roles, String word, int role) {
        roles.put(word, role);
        roles.putIfAbsent(Character.toUpperCase(word.charAt(0)) + word.substring(1), role);
    }

    private static boolean isWordAndSymbol(String form) {
        int last = form.codePointBefore(form.length());
        return form.length() > 1 && Character.getType(last) == Character.CURRENCY_SYMBOL
                && Character.isLetter(form.charAt(0));
    }

    /**
     * What money can start with at this word, as written (lower case or capitalised; codes in capitals):
     * {@link #NUMBER_WORD}, {@link #BETWEEN}, {@link #CURRENCY} (a prefix form) or {@link #NONE}.
     */
    int role(String word) {
        Integer role = roles.get(word);
        return role == null ? NONE : role;
    }

    static CurrencyLexicon standard() {
        return Holder.STANDARD;
    }

    private static CurrencyLexicon load() {
        Map<String, Form> exact = new HashMap<>();
        Map<String, Form> forms = new HashMap<>();
        for (String[] row : Tsv.read(CurrencyLexicon.class, "currencies.tsv", "form", "position", "currency")) {
            Form form = new Form(row[2], Position.valueOf(row[1].toUpperCase(Locale.ROOT)));
            boolean code = row[0].length() >= 2 && row[0].chars().allMatch(c -> c >= 'A' && c <= 'Z');
            if (code) {
                exact.put(row[0], form);
            } else {
                forms.put(row[0].toLowerCase(Locale.ROOT), form);
            }
        }
        Map<String, Family> families = new HashMap<>();
        for (String[] row : Tsv.read(CurrencyLexicon.class, "currency-families.tsv", "family", "qualifier", "code",
                "reach")) {
            if (row[1].isEmpty()) {
                families.put(row[0], new Family(row[2], row[3].equals("sentence"), new HashMap<>()));
            } else {
                Family family = families.get(row[0]);
                if (family == null) {
                    throw new IllegalStateException("currency-families.tsv: default row of " + row[0] + " must come first");
                }
                family.qualifiers().put(row[1], row[2]);
            }
        }
        families.replaceAll((name, f) -> new Family(f.defaultCode(), f.sentenceReach(), Map.copyOf(f.qualifiers())));
        Map<String, Multiplier> multipliers = new HashMap<>();
        for (String[] row : Tsv.read(CurrencyLexicon.class, "multipliers.tsv", "word", "factor", "glued")) {
            multipliers.put(row[0], new Multiplier(Double.parseDouble(row[1]), row[2].equals("yes")));
        }
        Map<String, List<String[]>> hedges = new HashMap<>();
        for (String[] row : Tsv.read(CurrencyLexicon.class, "hedges.tsv", "hedge")) {
            String[] words = row[0].toLowerCase(Locale.ROOT).split(" ");
            hedges.computeIfAbsent(words[words.length - 1], w -> new ArrayList<>()).add(words);
        }
        hedges.replaceAll((w, list) -> list.stream().sorted((a, b) -> b.length - a.length).toList());
        return new CurrencyLexicon(exact, forms, families, multipliers, hedges);
    }

    /** The currency form written {@code text}, or null. */
    Form form(String text) {
        Form exact = exactForms.get(text);
        return exact != null ? exact : forms.get(text.toLowerCase(Locale.ROOT));
    }

    Multiplier multiplier(String lower) {
        return multipliers.get(lower);
    }

    /** Hedge phrases ending with this lower-case word, longest first. */
    List<String[]> hedgesEndingWith(String lower) {
        return hedgesByLastWord.getOrDefault(lower, List.of());
    }

    /** Whether the currency is a family name rather than an ISO code. */
    boolean isFamily(String currency) {
        return families.containsKey(currency);
    }

    /** The code of a family member named by this lower-case qualifier ("pakistani" → PKR), or null. */
    String qualified(String family, String qualifier) {
        return families.get(family).qualifiers().get(qualifier);
    }

    boolean hasSentenceReach(String family) {
        return families.get(family).sentenceReach();
    }

    String defaultCode(String family) {
        return families.get(family).defaultCode();
    }
}
