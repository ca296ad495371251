package org.entente.extraction.time;

import org.entente.extraction.FuzzyDate;
import org.entente.extraction.text.Chars;
import org.entente.extraction.text.Token;
import org.entente.extraction.time.TimeLexicon.CueRole;
import org.entente.extraction.time.TimeMention.Kind;
import org.entente.extraction.time.TimeMention.Part;

/**
 * Years and spans of years: {@code in 1947}, {@code the 1971 war}, {@code 2019's}, {@code (2020)}, lists
 * ({@code in 1947, 1965 and 1971}); ranges ({@code 2013–2017}, {@code 2013 to 2017}, {@code from 2013 to 2017},
 * {@code between 1980 and 1988}, {@code 1980-88}) and split years ({@code 2004–05}); decades and centuries
 * ({@code the 1970s}, {@code the 60s}, {@code the 1800s}, {@code the 21st century}); and eras ({@code 810 AD},
 * {@code 1800 BCE}). Fiscal years and years of other calendars are read by {@link FiscalRules}.
 *
 * <p>A lone four-digit number is a year only with a cue: a preposition before it, a determiner before it and a word
 * after it (an adjectival year), a possessive after it, brackets around it, an earlier year of the same list, or the
 * start of the sentence (for years from 1800).
 * Counts and codes are not years: a count word after the number ({@code 2000 troops}, {@code 1500 km}), a code word
 * or currency before it ({@code Resolution 1373}, {@code $ 2000}).
 */
final class YearRules {

    /** A sentence may open with a year from this one on. */
    private static final int MODERN_YEAR = 1800;

    private final TimeLexicon lexicon;
    private final FiscalRules fiscal;

    YearRules(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        this.fiscal = new FiscalRules(lexicon);
    }

    /**
     * The year expression starting at token {@code i}, or null.
     *
     * @param part         set when a part word came before ({@code early 2017})
     * @param listEnd      index of the token after the previous year-like mention, to continue a list of years
     * @param listDecade   the previous mention when it was a decade ending at {@code listEnd}, or null
     */
    Match match(Tokens t, int i, Part part, int listEnd, TimeMention listDecade) {
        Match m = fiscal.calendarBefore(t, i);
        if (m == null) {
            m = fiscal.fiscal(t, i);
        }
        if (m == null) {
            m = fromOrBetween(t, i);
        }
        if (m == null) {
            m = decade(t, i, part, listEnd, listDecade);
        }
        if (m == null) {
            m = century(t, i);
        }
        if (m == null) {
            m = era(t, i);
        }
        if (m == null && t.year(i) > 0) {
            m = yearFirst(t, i, part, listEnd);
        }
        if (m == null) {
            m = fiscal.slashedSplitYear(t, i);
        }
        return m;
    }

    /**
     * A year or decade standing alone, needing no cue, as in {@code mid-2017} or {@code pre-2003}, where the prefix is
     * the cue; or null.
     */
    Match standalone(Tokens t, int i) {
        Match decade = decade(t, i, null, -2, null);
        if (decade != null) {
            return decade;
        }
        int year = t.year(i);
        return year < 0 ? null
                : new Match(i + 1, t.mention(i, i + 1, Kind.YEAR, FuzzyDate.ofYear(year), null, null, null, null));
    }

    private Match yearFirst(Tokens t, int i, Part part, int listEnd) {
        Match m = fiscal.calendarAfter(t, i);
        if (m == null) {
            m = rangeOrSplit(t, i);
        }
        if (m == null && !isCount(t, i) && isCuedYear(t, i, part, listEnd)) {
            m = new Match(i + 1, t.mention(i, i + 1, Kind.YEAR, FuzzyDate.ofYear(t.year(i)), null, null, part, null));
        }
        return m;
    }

    /** A count or code rather than a year: {@code 2000 troops}, {@code 1500 km}, {@code Resolution 1373}, {@code $2000}. */
    boolean isCount(Tokens t, int i) {
        if (lexicon.isCountAfter(t.lower(i + 1)) || t.is(i + 1, "%") || lexicon.cueBefore(t.lower(i - 1)) == CueRole.COUNT) {
            return true;
        }
        return t.isType(i - 1, Token.Type.SYMBOL)
                && Character.getType(t.get(i - 1).text().codePointAt(t.get(i - 1).length() - 1)) == Character.CURRENCY_SYMBOL;
    }

    private boolean isCuedYear(Tokens t, int i, Part part, int listEnd) {
        if (part != null) {
            return true;
        }
        CueRole before = lexicon.cueBefore(t.lower(i - 1));
        if (before == CueRole.PREPOSITION || before == CueRole.MARKER) {
            return true;
        }
        boolean possessiveBefore = t.isType(i - 1, Token.Type.CLITIC);
        if ((before == CueRole.DETERMINER || possessiveBefore) && isFollowedByWord(t, i + 1)) {
            return true;
        }
        if (t.isType(i + 1, Token.Type.CLITIC) && t.lower(i + 1).endsWith("s")) {
            return true;
        }
        if (t.isPunct(i - 1, '(') && (t.isPunct(i + 1, ')') || t.isDash(i + 1))) {
            return true;
        }
        boolean connector = t.isPunct(i - 1, ',') || t.is(i - 1, "and") || t.is(i - 1, "or") || t.is(i - 1, "&");
        return connector && listEnd == i - 1 || isOpeningYear(t, i);
    }

    /**
     * A year opening a sentence ({@code 2019 saw record trade}, {@code 1947: independence}): style guides spell out
     * other numbers there, so a four-digit numeral that starts a sentence is a year when it is a modern one.
     */
    private static boolean isOpeningYear(Tokens t, int i) {
        boolean opening = i == 0 || i == 1 && t.isType(0, Token.Type.PUNCT) && Chars.isOpener(t.get(0).text().charAt(0));
        return opening && t.year(i) >= MODERN_YEAR && (t.isType(i + 1, Token.Type.WORD) || t.isPunct(i + 1, ',')
                || t.isPunct(i + 1, ':'));
    }

    /** A word next, possibly after an opening quote ({@code the 1955 'Baghdad Pact'}). */
    private static boolean isFollowedByWord(Tokens t, int j) {
        if (t.isType(j, Token.Type.PUNCT) && t.get(j).length() == 1 && Chars.isOpener(t.get(j).text().charAt(0))) {
            j++;
        }
        return t.isType(j, Token.Type.WORD);
    }

    /**
     * {@code 2013–2017}, {@code 2013 to 2017}, {@code 1980-88}: ranges; {@code 2004–05}, {@code 2018/19}: split
     * years, dated by the year they start in.
     */
    private Match rangeOrSplit(Tokens t, int i) {
        int first = t.year(i);
        boolean dash = t.isDash(i + 1);
        boolean word = t.is(i + 1, "to") || t.is(i + 1, "until") || t.is(i + 1, "till") || t.is(i + 1, "through");
        if (dash || word) {
            int last = t.year(i + 2);
            if (last > 0 && isCount(t, i + 2)) {
                return Match.skip(i + 3);
            }
            if (last > first && last - first <= 200) {
                return span(t, i, i + 3, first, last);
            }
            int yy = t.twoDigits(i + 2);
            if (dash && yy >= 0 && !isCount(t, i + 2)) {
                int full = first / 100 * 100 + yy;
                return span(t, i, i + 3, first, full > first ? full : full + 100);
            }
        }
        return null;
    }

    /** A span of years; one that runs into the next year only is a split year. */
    private static Match span(Tokens t, int from, int to, int first, int last) {
        FuzzyDate a = FuzzyDate.ofYear(first);
        FuzzyDate b = FuzzyDate.ofYear(last);
        boolean split = last == first + 1 && t.lower(from + 2).length() == 2;
        return split ? new Match(to, t.mention(from, to, Kind.FISCAL, a, a, b, null, null))
                : new Match(to, t.mention(from, to, Kind.RANGE, null, a, b, null, null));
    }

    /** {@code from 2013 to 2017}, {@code between 1980 and 1988}. */
    private Match fromOrBetween(Tokens t, int i) {
        boolean from = t.is(i, "from");
        if (!from && !t.is(i, "between")) {
            return null;
        }
        int first = t.year(i + 1);
        boolean separator = from ? t.is(i + 2, "to") || t.is(i + 2, "until") || t.is(i + 2, "till")
                || t.isDash(i + 2) : t.is(i + 2, "and");
        int last = t.year(i + 3);
        if (first < 0 || !separator || last < 0) {
            return null;
        }
        if (last <= first || last - first > 200 || isCount(t, i + 3)) {
            return Match.skip(i + 4);
        }
        return new Match(i + 4, t.mention(i, i + 4, Kind.RANGE, null, FuzzyDate.ofYear(first), FuzzyDate.ofYear(last),
                null, null).withCue(t.lower(i)));
    }

    /** {@code the 1970s}, {@code mid-1970s}, {@code the '70s}, {@code 60s} after a decade; {@code the 1800s} is a century. */
    private Match decade(Tokens t, int i, Part part, int listEnd, TimeMention listDecade) {
        String w = t.lower(i);
        if (!t.isType(i, Token.Type.NUMBER) || !w.endsWith("s")) {
            return null;
        }
        int start = Integer.parseInt(w.substring(0, w.length() - 1));
        if (w.length() == 5) {
            if (start < Tokens.MIN_YEAR || start > Tokens.MAX_YEAR) {
                return null;
            }
            boolean century = start % 100 == 0 && start < 2000;
            return new Match(i + 1, t.mention(i, i + 1, century ? Kind.CENTURY : Kind.DECADE, null,
                    FuzzyDate.ofYear(start), FuzzyDate.ofYear(start + (century ? 99 : 9)), part, null));
        }
        boolean apostrophe = t.isType(i - 1, Token.Type.PUNCT) && Chars.isApostrophe(t.get(i - 1).text().charAt(0))
                && t.adjacent(i - 1, i);
        boolean listed = listDecade != null && listEnd == i - 1
                && (t.is(i - 1, "and") || t.is(i - 1, "or") || t.isPunct(i - 1, ','));
        int century;
        if (listed) {
            century = listDecade.from().year() / 100 * 100;
        } else if ((t.is(i - 1, "the") || apostrophe && t.is(i - 2, "the")) && start >= 30) {
            century = 1900;
        } else {
            return null;
        }
        int from = apostrophe ? i - 1 : i;
        return new Match(i + 1, t.mention(from, i + 1, Kind.DECADE, null, FuzzyDate.ofYear(century + start),
                FuzzyDate.ofYear(century + start + 9), part, null));
    }

    /** {@code 21st century}: the 21st century runs from 2001 to 2100. */
    private static Match century(Tokens t, int i) {
        String w = t.lower(i);
        if (!t.isType(i, Token.Type.NUMBER) || !t.is(i + 1, "century") || w.length() < 3 || w.length() > 4
                || Chars.skipDigits(w, 0, w.length()) != w.length() - 2) {
            return null;
        }
        int n = Integer.parseInt(w.substring(0, w.length() - 2));
        if (n < 1 || n > 21) {
            return null;
        }
        return new Match(i + 2, t.mention(i, i + 2, Kind.CENTURY, null, FuzzyDate.ofYear((n - 1) * 100 + 1),
                FuzzyDate.ofYear(n * 100), null, null));
    }

    /** {@code 810 AD}, {@code AD 810}, {@code 1800 BCE} (a year before the common era has no date). */
    private static Match era(Tokens t, int i) {
        if ((t.is(i, "ad") || t.is(i, "a.d.")) && t.get(i).text().startsWith("A")) {
            int year = t.digits(i + 1);
            return year >= 1 && year <= Tokens.MAX_YEAR && t.lower(i + 1).length() <= 4
                    ? new Match(i + 2, t.mention(i, i + 2, Kind.YEAR, FuzzyDate.ofYear(year), null, null, null, null))
                    : null;
        }
        int year = t.digits(i);
        if (year < 1 || t.lower(i).length() > 4 || !t.isCapitalised(i + 1)) {
            return null;
        }
        String next = t.lower(i + 1);
        if (next.equals("bc") || next.equals("bce") || next.equals("b.c.") || next.equals("b.c.e.")) {
            return new Match(i + 2, t.mention(i, i + 2, Kind.YEAR, null, null, null, null, null));
        }
        if ((next.equals("ad") || next.equals("ce") || next.equals("a.d.") || next.equals("c.e."))
                && year <= Tokens.MAX_YEAR) {
            return new Match(i + 2, t.mention(i, i + 2, Kind.YEAR, FuzzyDate.ofYear(year), null, null, null, null));
        }
        return null;
    }
}
