package org.entente.catalog.service.merge;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * A date known to the day, the month or only the year, as facts state them ({@code 2021-03-14}, {@code 2021-03},
 * {@code 2021}). It stands for the interval of days it covers, so {@code 2021} contains {@code 2021-03} which
 * contains {@code 2021-03-14}.
 *
 * @param start     the first day of the interval
 * @param precision how much of the date is known
 */
public record PartialDate(LocalDate start, DatePrecision precision) {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** Orders dates by their first day, then coarse before fine, so that a year sorts before its months. */
    public static final Comparator<PartialDate> CHRONOLOGICAL =
            Comparator.comparing(PartialDate::start).thenComparing(PartialDate::precision);

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException when the text has another shape or names a day that does not exist
     */
    public static PartialDate parse(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        try {
            return switch (text.length()) {
                case 4 -> new PartialDate(LocalDate.of(Integer.parseInt(text), 1, 1), DatePrecision.YEAR);
                case 7 -> new PartialDate(YearMonth.parse(text).atDay(1), DatePrecision.MONTH);
                default -> new PartialDate(LocalDate.parse(text), DatePrecision.DAY);
            };
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a calendar date", e);
        }
    }

    /** The year the date falls in. */
    public int year() {
        return start.getYear();
    }

    /** The last day of the interval. */
    public LocalDate end() {
        return switch (precision) {
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
            case DAY -> start;
        };
    }

    /** True when every day of {@code other} is a day of this date ({@code 2021} contains {@code 2021-03-14}). */
    public boolean contains(PartialDate other) {
        return !other.start.isBefore(start) && !other.end().isAfter(end());
    }

    /**
     * True when the two dates can describe the same day: one contains the other. Two different days, or two
     * different months, are not compatible; a year is compatible with every date inside it.
     */
    public boolean compatibleWith(PartialDate other) {
        return contains(other) || other.contains(this);
    }

    /** The finer of two compatible dates. */
    public PartialDate finer(PartialDate other) {
        return other.precision.compareTo(precision) > 0 ? other : this;
    }

    /**
     * Whether two possibly unknown dates can describe the same day. An unknown date (null) is compatible only
     * with another unknown date: attaching an undated statement to a dated event would be a guess, and would
     * make the outcome depend on which dated events exist when the statement arrives.
     */
    public static boolean compatible(PartialDate a, PartialDate b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return a.compatibleWith(b);
    }

    /** The date as the contract writes it, at its precision. */
    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.format("%04d", start.getYear());
            case MONTH -> YearMonth.from(start).toString();
            case DAY -> start.toString();
        };
    }
}
