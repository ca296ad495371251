package org.entente.extraction.time;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.entente.extraction.text.NumberWords;
import org.entente.extraction.text.Token;

/**
 * Which rules may start at a token, from a table of the words each rule starts with, so that most words cost one
 * hash look-up. An article ({@code the}, {@code a}) starts a rule only when the next word can continue a time
 * phrase ({@code the following year}, {@code a year later}, {@code the end of 2017}).
 */
final class Triggers {

    static final int RELATIVE = 1;
    static final int PART = 1 << 1;
    static final int PREFIXED = 1 << 2;
    static final int CALENDAR = 1 << 3;
    static final int YEAR = 1 << 4;
    /** Every rule: at a number. */
    static final int ALL = RELATIVE | CALENDAR | YEAR;
    /** Not a rule: an article, decided by the next word. */
    private static final int ARTICLE = 1 << 5;

    /** Words at which rules may start, lower case and capitalised, with the rules (a set of the bits above). */
    private final Map<String, Integer> roles;
    /** Words that may follow an article in a time phrase. */
    private final Set<String> afterArticle;

    Triggers(TimeLexicon lexicon, NumberWords numbers) {
        Map<String, Integer> r = new HashMap<>();
        lexicon.phrases().firstWords().forEach(w -> add(r, w, RELATIVE));
        numbers.words().forEach(w -> add(r, w, RELATIVE));
        lexicon.calendarWords().forEach(w -> add(r, w, CALENDAR));
        lexicon.calendarMarkerFirstWords().forEach(w -> add(r, w, YEAR));
        // the words the rules themselves start with; "pre" and "post" start only prefixed words (pre-2003)
        List.of("early", "mid", "middle", "late").forEach(w -> add(r, w, PART));
        List.of("last", "this", "next").forEach(w -> add(r, w, CALENDAR));
        List.of("from", "between", "fiscal", "financial", "budget", "ad", "a.d.").forEach(w -> add(r, w, YEAR));
        List.of("pre", "post").forEach(w -> add(r, w, 0));
        List<String> articles = List.of("the", "a", "an");
        articles.forEach(w -> r.put(w, ARTICLE));
        articles.forEach(w -> r.put(capitalised(w), ARTICLE));
        this.roles = r;
        Set<String> after = new HashSet<>();
        articles.forEach(w -> after.addAll(lexicon.phrases().secondWords(w)));
        after.addAll(List.of("past", "last", "previous", "next", "coming", "following"));
        after.addAll(List.of("beginning", "start", "end", "middle"));
        after.addAll(lexicon.unitWords());
        numbers.words().stream().filter(numbers::isIndefinite).forEach(after::add);
        this.afterArticle = after;
    }

    private static void add(Map<String, Integer> roles, String word, int role) {
        roles.merge(word, role, (a, b) -> a | b);
        roles.merge(capitalised(word), role, (a, b) -> a | b);
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** The rules that may start at token {@code i} (a set of the bits above), or 0. */
    int at(Tokens t, int i) {
        Token token = t.get(i);
        if (token.type() == Token.Type.NUMBER) {
            return ALL;
        }
        if (token.type() != Token.Type.WORD) {
            return 0;
        }
        String text = token.text();
        Integer found = roles.get(text);
        if (found == null && isAllCapitals(text)) {
            found = roles.get(t.lower(i));
        }
        int r = found == null ? 0 : found;
        if (r == ARTICLE) {
            // the word after an article is looked up as written: a capitalised one starts a name, not a time phrase
            boolean continues = i + 1 < t.size() && afterArticle.contains(t.get(i + 1).text());
            return continues ? (t.is(i, "the") ? RELATIVE | PART : RELATIVE) : 0;
        }
        int dash = text.indexOf('-');
        Integer prefix = dash > 0 ? roles.get(text.substring(0, dash).toLowerCase(Locale.ROOT)) : null;
        if (prefix != null) {
            // mid-2017, pre-2003; and twenty-five, which counts like twenty
            r |= PREFIXED | prefix & RELATIVE;
        }
        if (text.length() >= 2 && (text.charAt(0) == 'F' || text.charAt(0) == 'f')
                && (text.charAt(1) == 'Y' || text.charAt(1) == 'y')) {
            r |= YEAR;
        }
        return r;
    }

    private static boolean isAllCapitals(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return text.length() > 1;
    }
}
