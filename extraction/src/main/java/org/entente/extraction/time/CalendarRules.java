package org.entente.extraction.time;

import java.time.DayOfWeek;

import org.entente.extraction.FuzzyDate;
import org.entente.extraction.text.Chars;
import org.entente.extraction.text.Token;
import org.entente.extraction.time.Relative.Reference;
import org.entente.extraction.time.Relative.Unit;
import org.entente.extraction.time.TimeMention.Kind;
import org.entente.extraction.time.TimeMention.Part;

/**
 * Dates written with a month or weekday name, or in numbers: {@code 10 February 1973}, {@code Feb. 10, 1973},
 * {@code 10th of February 1973}, {@code Monday, February 10, 1973}, {@code 2024-01-29}, {@code 29/01/2024},
 * {@code January 2021}, {@code January–March 2021}, {@code 10–12 May 2024}, {@code the summer of 2019}; and their
 * yearless forms, which are relative: {@code on 29 January}, {@code in January}, {@code last January},
 * {@code on Friday}.
 *
 * <p>A month name must be capitalised. A month without a day or year needs a cue before it ({@code in},
 * {@code since}, {@code by}, {@code early} ...). A yearless date after {@code the} and before a capitalised word is
 * the name of an event ({@code the 14 July Revolution}), not a date.
 *
 * <p>All-number dates: year first ({@code 2024-01-29}, {@code 2024/01/29}) and dotted ones ({@code 29.01.2024}) are
 * read as written; with slashes, a part above 12 tells the day ({@code 29/01/2024}, {@code 01/29/2024}); when both
 * could be the month ({@code 03/04/2024}) the date is known to the year only, rather than guessing between the
 * day-first and month-first conventions.
 */
final class CalendarRules {

    private final TimeLexicon lexicon;

    CalendarRules(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The calendar date starting at token {@code i}, or null; {@code part} is set when a part word came before. */
    Match match(Tokens t, int i, Part part) {
        Match m = namedRelative(t, i);
        if (m == null) {
            m = iso(t, i);
        }
        if (m == null) {
            m = numeric(t, i);
        }
        if (m == null) {
            m = dayFirst(t, i, part);
        }
        if (m == null) {
            m = monthFirst(t, i, part);
        }
        if (m == null) {
            m = weekday(t, i);
        }
        if (m == null) {
            m = season(t, i);
        }
        return m;
    }

    private Integer month(Tokens t, int i) {
        return t.isCapitalised(i) && t.isType(i, Token.Type.WORD) ? lexicon.month(t.lower(i)) : null;
    }

    private DayOfWeek weekdayAt(Tokens t, int i) {
        return t.isCapitalised(i) ? lexicon.weekday(t.lower(i)) : null;
    }

    /** {@code last January}, {@code this Friday}, {@code next March} (but not {@code last January 2021}). */
    private Match namedRelative(Tokens t, int i) {
        String w = t.lower(i);
        int offset = w.equals("last") ? -1 : w.equals("this") ? 0 : w.equals("next") ? 1 : Integer.MIN_VALUE;
        if (offset == Integer.MIN_VALUE) {
            return null;
        }
        DayOfWeek weekday = weekdayAt(t, i + 1);
        if (weekday != null) {
            return new Match(i + 2, t.mention(i, i + 2, Kind.DATE, null, null, null, null,
                    new Relative(Reference.PUBLICATION, Unit.DAY, offset, null, null, weekday)));
        }
        Integer month = month(t, i + 1);
        if (month == null || t.year(i + 2) > 0 || t.day(i + 2) > 0) {
            return null;
        }
        return new Match(i + 2, t.mention(i, i + 2, Kind.MONTH, null, null, null, null,
                new Relative(Reference.PUBLICATION, Unit.MONTH, offset, month, null, null)));
    }

    /** {@code 2024-01-29}. */
    private static Match iso(Tokens t, int i) {
        int year = t.year(i);
        if (year < 0 || i + 4 >= t.size() || !t.isPunct(i + 1, '-') || !t.isPunct(i + 3, '-')
                || !t.adjacent(i, i + 1) || !t.adjacent(i + 1, i + 2) || !t.adjacent(i + 2, i + 3)
                || !t.adjacent(i + 3, i + 4)) {
            return null;
        }
        FuzzyDate date = Dates.day(year, t.twoDigits(i + 2), t.twoDigits(i + 4));
        return date == null ? Match.skip(i + 5) : new Match(i + 5, t.mention(i, i + 5, Kind.DATE, date, null, null, null, null));
    }

    /** {@code 29/01/2024}, {@code 2024/01/29}, {@code 29.01.2024}: one number token of three parts. */
    private static Match numeric(Tokens t, int i) {
        if (!t.isType(i, Token.Type.NUMBER)) {
            return null;
        }
        String s = t.lower(i);
        boolean slash = s.indexOf('/') >= 0;
        String[] parts = s.split(slash ? "/" : "\\.");
        if (parts.length != 3 || !(slash || s.indexOf('.') >= 0) || !allDigits(parts)) {
            return null;
        }
        FuzzyDate date = numericDate(parts, slash);
        return date == null ? null : new Match(i + 1, t.mention(i, i + 1, Kind.DATE, date, null, null, null, null));
    }

    private static boolean allDigits(String[] parts) {
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 4 || Chars.skipDigits(p, 0, p.length()) != p.length()) {
                return false;
            }
        }
        return true;
    }

    private static FuzzyDate numericDate(String[] parts, boolean slash) {
        int a = Integer.parseInt(parts[0]);
        int b = Integer.parseInt(parts[1]);
        int c = Integer.parseInt(parts[2]);
        if (parts[0].length() == 4) {
            return inRange(a) ? Dates.day(a, b, c) : null;
        }
        if (parts[2].length() != 4 || !inRange(c)) {
            return null;
        }
        if (!slash || a > 12 || a == b) {
            return Dates.day(c, b, a);
        }
        if (b > 12) {
            return Dates.day(c, a, b);
        }
        boolean possible = Dates.day(c, b, a) != null && Dates.day(c, a, b) != null;
        return possible ? FuzzyDate.ofYear(c) : null;
    }

    private static boolean inRange(int year) {
        return year >= Tokens.MIN_YEAR && year <= Tokens.MAX_YEAR;
    }

    /** {@code 10 February 1973}, {@code 10th of Feb. 1973}, {@code 10–12 May 2024}, {@code on 29 January}. */
    private Match dayFirst(Tokens t, int i, Part part) {
        int day = t.day(i);
        if (day < 0) {
            return null;
        }
        int j = i + 1;
        int lastDay = day;
        if (t.isDash(j) && t.day(j + 1) > day) {
            lastDay = t.day(j + 1);
            j += 2;
        }
        if (t.is(j, "of")) {
            j++;
        }
        Integer month = month(t, j);
        if (month == null) {
            return null;
        }
        int k = t.isPunct(j + 1, ',') && t.year(j + 2) > 0 ? j + 2 : j + 1;
        return dated(t, i, k, month, day, lastDay, part);
    }

    /** {@code February 10, 1973}, {@code May 10–12, 2024}, {@code January 2021}, {@code January–March 2021}, {@code in March}. */
    private Match monthFirst(Tokens t, int i, Part part) {
        Integer month = month(t, i);
        if (month == null) {
            return null;
        }
        int day = t.day(i + 1);
        if (day > 0) {
            int j = i + 2;
            int lastDay = day;
            if (t.isDash(j) && t.day(j + 1) > day) {
                lastDay = t.day(j + 1);
                j += 2;
            }
            int k = t.isPunct(j, ',') && t.year(j + 1) > 0 ? j + 1 : j;
            return dated(t, i, k, month, day, lastDay, part);
        }
        int j = t.isPunct(i + 1, ',') || t.is(i + 1, "of") ? i + 2 : i + 1;
        int year = t.year(j);
        if (year > 0) {
            return new Match(j + 1, t.mention(i, j + 1, Kind.MONTH, FuzzyDate.ofMonth(year, month), null, null, part,
                    null));
        }
        Match range = monthRange(t, i, month);
        if (range != null) {
            return range;
        }
        if (part == null && !hasMonthCue(t, i - 1) || isEventName(t, i, i + 1)) {
            return null;
        }
        return new Match(i + 1, t.mention(i, i + 1, Kind.MONTH, null, null, null, part,
                new Relative(Reference.CONTEXT, Unit.MONTH, 0, month, null, null)));
    }

    /** {@code January–March 2021}, {@code January to March, 2021}, {@code between January and March 2021}. */
    private Match monthRange(Tokens t, int i, int month) {
        boolean separator = t.isDash(i + 1) || t.is(i + 1, "to") || t.is(i + 1, "until") || t.is(i + 1, "through")
                || t.is(i + 1, "and") && t.is(i - 1, "between");
        Integer last = separator ? month(t, i + 2) : null;
        if (last == null || last <= month) {
            return null;
        }
        int j = t.isPunct(i + 3, ',') ? i + 4 : i + 3;
        int year = t.year(j);
        if (year < 0) {
            return null;
        }
        return new Match(j + 1, t.mention(i, j + 1, Kind.RANGE, null, FuzzyDate.ofMonth(year, month),
                FuzzyDate.ofMonth(year, last), null, null));
    }

    private boolean hasMonthCue(Tokens t, int i) {
        TimeLexicon.CueRole role = lexicon.cueBefore(t.lower(i));
        return role == TimeLexicon.CueRole.PREPOSITION && !t.is(i, "to") && !t.is(i, "as");
    }

    /** {@code the 14 July Revolution}: a yearless date after "the" and before a capitalised word names an event. */
    private static boolean isEventName(Tokens t, int first, int next) {
        return t.is(first - 1, "the") && t.isCapitalised(next) && t.isType(next, Token.Type.WORD);
    }

    /** The date (or day range) whose day and month were read and whose year may follow at token {@code k}. */
    private static Match dated(Tokens t, int i, int k, int month, int day, int lastDay, Part part) {
        int year = t.year(k);
        if (year > 0) {
            FuzzyDate first = Dates.day(year, month, day);
            FuzzyDate last = Dates.day(year, month, lastDay);
            if (first == null || last == null) {
                return Match.skip(k + 1);
            }
            return lastDay == day
                    ? new Match(k + 1, t.mention(i, k + 1, Kind.DATE, first, null, null, part, null))
                    : new Match(k + 1, t.mention(i, k + 1, Kind.RANGE, null, first, last, part, null));
        }
        if (lastDay != day || !Dates.isPossibleDay(month, day) || isEventName(t, i, k)) {
            return null;
        }
        return new Match(k, t.mention(i, k, Kind.DATE, null, null, null, part,
                new Relative(Reference.CONTEXT, Unit.DAY, 0, month, day, null)));
    }

    /**
     * {@code Monday, February 10, 1973} (the weekday is part of the date), or a weekday alone, which is relative:
     * {@code on Friday}, {@code said Friday}. A weekday after a capitalised word is a name ({@code Good Friday}).
     */
    private Match weekday(Tokens t, int i) {
        DayOfWeek weekday = weekdayAt(t, i);
        if (weekday == null) {
            return null;
        }
        int j = t.isPunct(i + 1, ',') ? i + 2 : i + 1;
        Match date = dayFirst(t, j, null);
        if (date == null) {
            date = monthFirst(t, j, null);
        }
        if (date != null && date.mention() != null && date.mention().kind() == Kind.DATE) {
            return date.from(t, i, null);
        }
        if (t.isCapitalised(i - 1) && t.isType(i - 1, Token.Type.WORD) && lexicon.cueBefore(t.lower(i - 1)) == null) {
            return null;
        }
        return new Match(i + 1, t.mention(i, i + 1, Kind.DATE, null, null, null, null,
                new Relative(Reference.PUBLICATION, Unit.DAY, 0, null, null, weekday)));
    }

    /** {@code summer 2019}, {@code the winter of 2019}: known to the year. */
    private Match season(Tokens t, int i) {
        if (!lexicon.isSeason(t.lower(i))) {
            return null;
        }
        int j = t.is(i + 1, "of") ? i + 2 : i + 1;
        int year = t.year(j);
        return year < 0 ? null
                : new Match(j + 1, t.mention(i, j + 1, Kind.SEASON, FuzzyDate.ofYear(year), null, null, null, null));
    }
}
