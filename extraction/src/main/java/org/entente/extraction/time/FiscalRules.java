package org.entente.extraction.time;

import org.entente.extraction.FuzzyDate;
import org.entente.extraction.text.Chars;
import org.entente.extraction.text.Token;
import org.entente.extraction.time.TimeLexicon.CalendarMarker;
import org.entente.extraction.time.TimeMention.Kind;

/**
 * Fiscal and split years, and years of other calendars: {@code FY19}, {@code FY2019}, {@code fiscal 2018-19},
 * {@code financial year 2018/19}, {@code 2018/19}; {@code the Iranian year 1396}, {@code 1445 AH}. A split year is
 * dated by the year it starts in, a single fiscal year by itself, a year of another calendar by the Gregorian year it
 * starts in.
 */
final class FiscalRules {

    private final TimeLexicon lexicon;

    FiscalRules(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** {@code 2018/19}, {@code 2018/2019}: a split year. */
    static Match slashedSplitYear(Tokens t, int i) {
        if (!t.isType(i, Token.Type.NUMBER) || t.lower(i).indexOf('/') != 4) {
            return null;
        }
        int[] years = fiscalLabel(t.lower(i));
        return years == null || years[1] < 0 ? null : fiscalMatch(t, i, i + 1, years[0], years[1]);
    }

    /**
     * {@code FY19}, {@code FY2019}, {@code FY 2018-19}, {@code fiscal 2018-19}, {@code fiscal year 2019},
     * {@code financial year 2018/19}: a split year is dated by the year it starts in, a single one by itself.
     */
    Match fiscal(Tokens t, int i) {
        String w = t.lower(i);
        if (w.startsWith("fy") && t.isType(i, Token.Type.WORD)) {
            if (w.length() == 2) {
                return fiscalYear(t, i, i + 1);
            }
            int[] years = fiscalLabel(w.substring(2));
            return years == null ? null : fiscalMatch(t, i, i + 1, years[0], years[1]);
        }
        boolean fiscalWord = w.equals("fiscal") || w.equals("financial") || w.equals("budget");
        if (!fiscalWord) {
            return null;
        }
        int j = t.is(i + 1, "year") ? i + 2 : i + 1;
        return fiscalYear(t, i, j);
    }

    /** The fiscal year written at token {@code j} ({@code 2019}, {@code 2018-19}, {@code 2018/19}). */
    private Match fiscalYear(Tokens t, int i, int j) {
        if (t.isType(j, Token.Type.NUMBER) && t.lower(j).indexOf('/') > 0) {
            int[] years = fiscalLabel(t.lower(j));
            return years == null ? null : fiscalMatch(t, i, j + 1, years[0], years[1]);
        }
        int first = t.year(j);
        if (first < 0) {
            return null;
        }
        if (t.isDash(j + 1) && (t.twoDigits(j + 2) == (first + 1) % 100 || t.year(j + 2) == first + 1)) {
            return fiscalMatch(t, i, j + 3, first, first + 1);
        }
        return fiscalMatch(t, i, j + 1, first, -1);
    }

    /**
     * The start and end year of a fiscal label ({@code 19}, {@code 2019}, {@code 2018-19}, {@code 18-19},
     * {@code 2018/19}); the end is -1 for a single year; null when it is not one.
     */
    private static int[] fiscalLabel(String label) {
        String[] parts = label.split("[-/–]");
        if (parts.length > 2 || parts[0].isEmpty()) {
            return null;
        }
        int first = fullYear(parts[0], -1);
        if (first < 0) {
            return null;
        }
        if (parts.length == 1) {
            return new int[] {first, -1};
        }
        int last = fullYear(parts[1], first);
        return last == first + 1 ? new int[] {first, last} : null;
    }

    /** A year written with four digits, or two ({@code 19} → 2019, {@code 99} → 1999; after {@code after}: the next one). */
    private static int fullYear(String digits, int after) {
        if (Chars.skipDigits(digits, 0, digits.length()) != digits.length()) {
            return -1;
        }
        int value = Integer.parseInt(digits);
        if (digits.length() == 4) {
            return value >= Tokens.MIN_YEAR && value <= Tokens.MAX_YEAR ? value : -1;
        }
        if (digits.length() != 2) {
            return -1;
        }
        if (after > 0) {
            int full = after / 100 * 100 + value;
            return full > after ? full : full + 100;
        }
        return value <= 50 ? 2000 + value : 1900 + value;
    }

    private static Match fiscalMatch(Tokens t, int from, int to, int first, int last) {
        FuzzyDate start = FuzzyDate.ofYear(first);
        FuzzyDate end = last < 0 ? null : FuzzyDate.ofYear(last);
        return new Match(to, t.mention(from, to, Kind.FISCAL, start, last < 0 ? null : start, end, null, null));
    }

    /** {@code the Iranian year 1396}, {@code Iranian fiscal year 1396-97}: dated by the Gregorian year it starts in. */
    Match calendarBefore(Tokens t, int i) {
        for (CalendarMarker marker : lexicon.calendarsBefore(t.lower(i))) {
            String[] words = marker.words();
            int j = i;
            while (j - i < words.length && t.is(j, words[j - i])) {
                j++;
            }
            int year = j - i == words.length ? t.digits(j) : -1;
            if (year > 0 && t.lower(j).length() <= 4) {
                int end = t.isDash(j + 1) && t.isType(j + 2, Token.Type.NUMBER) ? j + 3 : j + 1;
                return otherCalendar(t, i, end, marker, year);
            }
        }
        return null;
    }

    /** {@code 1396 SH}, {@code 1445 AH}, {@code 2080 BS}: short markers must be written in capitals. */
    Match calendarAfter(Tokens t, int i) {
        CalendarMarker marker = lexicon.calendarAfter(t.lower(i + 1));
        int end = i + 2;
        if (marker == null && t.isType(i + 2, Token.Type.WORD)) {
            marker = lexicon.calendarAfter(t.lower(i + 1) + " " + t.lower(i + 2));
            end = i + 3;
        }
        if (marker == null || t.lower(i + 1).length() <= 2 && !Chars.isUpperAscii(t.get(i + 1).text(), 0, t.get(i + 1).length())) {
            return null;
        }
        return otherCalendar(t, i, end, marker, t.digits(i));
    }

    private static Match otherCalendar(Tokens t, int from, int to, CalendarMarker marker, int year) {
        FuzzyDate date = FuzzyDate.ofYear(marker.calendar().gregorianStart(year));
        return new Match(to, t.mention(from, to, marker.fiscal() ? Kind.FISCAL : Kind.YEAR, date, null, null, null,
                null));
    }
}
