package org.entente.catalog.service.merge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An agreement title reduced to what tells agreements apart: lower-case word tokens without articles and
 * prepositions, without the words that only name the kind of instrument ("agreement", "treaty", "memorandum"...)
 * and with a plural {@code s} removed. "The Indus Waters Treaty" and "Indus Water Treaty of 1960" both keep
 * {@code indus}, {@code water}.
 *
 * @param words    the distinguishing words
 * @param acronyms the acronyms the title could be abbreviated to: the first letters of all its words, and of its
 *                 words without function words ({@code cpec} for "China-Pakistan Economic Corridor",
 *                 {@code fta} for "the Free Trade Agreement", {@code jcpoa} for "Joint Comprehensive Plan of
 *                 Action"); only titles of two words or more have any
 */
public record AgreementTitle(Set<String> words, Set<String> acronyms) {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    /** Function words that say nothing about which agreement is meant. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "of", "on", "in", "for", "and", "to", "with", "between", "by", "at", "from", "its",
            "their", "s", "new");

    /** Words naming the kind of instrument; the agreement's type already says this. */
    private static final Set<String> INSTRUMENT_WORDS = Set.of(
            "agreement", "agreements", "treaty", "treaties", "pact", "pacts", "accord", "accords", "deal", "deals",
            "mou", "memorandum", "memoranda", "understanding", "protocol", "protocols", "contract", "contracts",
            "convention", "arrangement", "bilateral");

    /** The smallest share of common words (Jaccard index) at which two titles name the same agreement. */
    static final double MIN_OVERLAP = 0.5;

    /** Reduces a title; null and blank titles have no words. */
    public static AgreementTitle of(String title) {
        List<String> tokens = tokens(title);
        Set<String> words = new HashSet<>();
        StringBuilder allInitials = new StringBuilder();
        StringBuilder contentInitials = new StringBuilder();
        for (String token : tokens) {
            allInitials.append(token.charAt(0));
            if (!FUNCTION_WORDS.contains(token)) {
                contentInitials.append(token.charAt(0));
                if (!INSTRUMENT_WORDS.contains(token)) {
                    words.add(singular(token));
                }
            }
        }
        Set<String> acronyms = new HashSet<>();
        for (StringBuilder initials : List.of(allInitials, contentInitials)) {
            if (initials.length() >= 2) {
                acronyms.add(initials.toString());
            }
        }
        return new AgreementTitle(Set.copyOf(words), Set.copyOf(acronyms));
    }

    /**
     * True when two titles name the same agreement: at least half of their words in common, or one title is a
     * single word spelling the other's initials (an acronym), or neither has any distinguishing word.
     */
    public boolean matches(AgreementTitle other) {
        if (words.isEmpty() || other.words.isEmpty()) {
            return words.isEmpty() && other.words.isEmpty();
        }
        return overlap(other) >= MIN_OVERLAP || isAcronymOf(other) || other.isAcronymOf(this);
    }

    /** Common words over all words (Jaccard index), 0 to 1. */
    double overlap(AgreementTitle other) {
        Set<String> common = new HashSet<>(words);
        common.retainAll(other.words);
        Set<String> all = new HashSet<>(words);
        all.addAll(other.words);
        return (double) common.size() / all.size();
    }

    private boolean isAcronymOf(AgreementTitle other) {
        return words.size() == 1 && other.acronyms.contains(words.iterator().next());
    }

    private static List<String> tokens(String title) {
        List<String> tokens = new ArrayList<>();
        if (title == null) {
            return tokens;
        }
        String plain = DIACRITICS.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("");
        for (String token : NON_WORD.split(plain.toLowerCase(Locale.ROOT).replace("'s", ""))) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /**
     * Drops a plural {@code s} from words longer than three letters ("waters" to "water"), but not from "gas",
     * "indus", "crisis" or "process".
     */
    private static String singular(String token) {
        if (token.length() > 3 && token.endsWith("s") && "siu".indexOf(token.charAt(token.length() - 2)) < 0) {
            return token.substring(0, token.length() - 1);
        }
        return token;
    }
}
