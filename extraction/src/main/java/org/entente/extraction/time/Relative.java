package org.entente.extraction.time;

import java.time.DayOfWeek;

/**
 * How a relative time expression is resolved.
 *
 * <ul>
 *   <li>A shift: {@code unit} and {@code offset} ({@code last year} = YEAR −1, {@code two days later} = DAY +2,
 *       {@code at that time} = ANCHOR 0).</li>
 *   <li>A calendar month or day without its year: {@code month} (and {@code day}) set ({@code in January},
 *       {@code on 29 January}, {@code last January}: offset −1 = the latest such month before the anchor's month,
 *       0 = in the anchor's year, +1 = the first one after).</li>
 *   <li>A weekday: {@code weekday} set ({@code on Friday}, {@code last Friday}: the latest one on or before the
 *       anchor, or strictly before it with offset −1; {@code next Friday}: the first one after it).</li>
 * </ul>
 *
 * @param reference what it is relative to
 * @param unit      the unit of the shift, or the precision of a named month (MONTH), day or weekday (DAY)
 * @param offset    units after (+) or before (−) the anchor
 * @param month     1 to 12 for a named month, or null
 * @param day       1 to 31 for a named day of a month, or null
 * @param weekday   a named weekday, or null
 */
public record Relative(Reference reference, Unit unit, int offset, Integer month, Integer day, DayOfWeek weekday) {

    /** What a relative expression is relative to. */
    public enum Reference {
        /** the time of writing: the publication date ({@code last year}, {@code yesterday}, {@code currently}) */
        PUBLICATION,
        /** the last date the text mentioned ({@code the following year}, {@code two years later}, {@code that month}) */
        NARRATIVE,
        /**
         * a calendar month or day without its year ({@code in January}, {@code on 29 January}): the year of the last
         * date mentioned in the same paragraph, else the latest such date up to the publication date, else the year
         * of the last date mentioned in the document
         */
        CONTEXT
    }

    /** Calendar units. */
    public enum Unit {
        DAY, WEEK, MONTH, YEAR,
        /** the anchor itself, at its own precision ({@code at that time}) */
        ANCHOR
    }

    /** A shift of {@code offset} units from the anchor. */
    public static Relative shift(Reference reference, Unit unit, int offset) {
        return new Relative(reference, unit, offset, null, null, null);
    }
}
