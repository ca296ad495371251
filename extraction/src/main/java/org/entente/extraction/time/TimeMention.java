package org.entente.extraction.time;

import org.entente.extraction.FuzzyDate;

/**
 * A time expression of the normalised text.
 *
 * <p>An absolute expression has its {@link #date()} as found. A relative one ({@link #relative()} not null) has no
 * date until a {@link TimeContext} resolves it against an anchor; then {@link #date()} and {@link #anchor()} are set.
 * Spans ({@link Kind#RANGE}, {@link Kind#DECADE}, {@link Kind#CENTURY}) have {@link #from()} and {@link #to()} but no
 * single date; periods and vague expressions have neither.
 *
 * @param start    offset of the first character in the normalised text
 * @param end      offset just past the last character
 * @param text     the expression as written, {@code text.substring(start, end)}
 * @param kind     its shape
 * @param date     the single date it stands for, at the finest precision the text supports, or null
 * @param from     first date of a span or split year, or null
 * @param to       last date of a span or split year, or null
 * @param part     the part of the period it names ({@code early 2017}, {@code late September}), or null
 * @param cue      the preposition or hedge right before it, lower case ({@code in}, {@code since}, {@code until},
 *                 {@code by}, {@code around} ...), or null
 * @param relative how to resolve it when it is relative, or null when it is absolute or gives no date
 * @param anchor   the date it was resolved against, or null
 */
public record TimeMention(int start, int end, String text, Kind kind, FuzzyDate date, FuzzyDate from, FuzzyDate to,
                          Part part, String cue, Relative relative, FuzzyDate anchor) {

    /** Shapes of time expression. */
    public enum Kind {
        /** a day: {@code 10 February 1973}, {@code Feb. 10, 1973}, {@code 2024-01-29}, {@code on 29 January} */
        DATE,
        /** a month: {@code January 2021}, {@code late September 2017}, {@code in March}, {@code last January} */
        MONTH,
        /** a year: {@code in 1947}, {@code the 1971 war}, {@code mid-2017}, {@code the Iranian year 1396} */
        YEAR,
        /** a season of a year, known to the year: {@code the summer of 2019} */
        SEASON,
        /** a decade: {@code the 1970s}; {@link #from()} and {@link #to()} are its first and last year */
        DECADE,
        /** a century: {@code the 21st century}, {@code the 1800s} */
        CENTURY,
        /** a span: {@code 2013 to 2017}, {@code between 1980 and 1988}, {@code January–March 2021} */
        RANGE,
        /**
         * a fiscal or split year, dated by the year it starts in ({@code 2018-19}, {@code fiscal 2018-19} → 2018)
         * or by the year it names ({@code FY19}, {@code FY2019} → 2019)
         */
        FISCAL,
        /** relative to another date: {@code last year}, {@code on Friday}, {@code two years later} */
        RELATIVE,
        /** a span without a date: {@code over the past two decades}, {@code in the last two years} */
        PERIOD,
        /** no date: {@code recently}, {@code in recent years}, {@code in the past} */
        VAGUE
    }

    /** A part of a period. */
    public enum Part {
        EARLY, MID, LATE
    }

    /** Whether it must be resolved against an anchor to have a date. */
    public boolean isRelative() {
        return relative != null;
    }

    /** This mention with the date it resolved to and the anchor it was resolved against. */
    public TimeMention resolved(FuzzyDate resolvedDate, FuzzyDate resolvedAgainst) {
        return new TimeMention(start, end, text, kind, resolvedDate, from, to, part, cue, relative, resolvedAgainst);
    }

    /** This mention with another cue. */
    TimeMention withCue(String newCue) {
        return new TimeMention(start, end, text, kind, date, from, to, part, newCue, relative, anchor);
    }
}
