package org.entente.analytics.service.period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to a precision: {@code 2021} is the year 2021, {@code 2021-03} March 2021.
 *
 * @param start     the first day the date can be ({@code 2021-03-01} for {@code 2021-03})
 * @param precision how finely the date is known
 */
public record PartialDate(LocalDate start, DatePrecision precision) {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /**
     * Reads a contract date ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}) with its stated precision.
     * A stated precision coarser than the text wins ({@code 2021-03-14} stated as {@code month} is March 2021);
     * a missing one is the text's own.
     *
     * @throws IllegalArgumentException when the text is not such a date, or the precision is unknown or finer
     *                                  than the text
     */
    public static PartialDate parse(String text, String statedPrecision) {
        Matcher matcher = ISO.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a YYYY, YYYY-MM or YYYY-MM-DD date: " + text);
        }
        DatePrecision written = matcher.group(3) != null ? DatePrecision.DAY
                : matcher.group(2) != null ? DatePrecision.MONTH : DatePrecision.YEAR;
        DatePrecision precision = statedPrecision == null ? written
                : DatePrecision.fromWireName(statedPrecision).orElseThrow(
                        () -> new IllegalArgumentException("unknown date precision: " + statedPrecision));
        if (!written.isAtLeast(precision)) {
            throw new IllegalArgumentException("date " + text + " is coarser than its precision " + statedPrecision);
        }
        LocalDate day = toDate(matcher, text);
        LocalDate start = switch (precision) {
            case YEAR -> day.withDayOfYear(1);
            case MONTH -> day.withDayOfMonth(1);
            case DAY -> day;
        };
        return new PartialDate(start, precision);
    }

    private static LocalDate toDate(Matcher matcher, String text) {
        try {
            return LocalDate.of(Integer.parseInt(matcher.group(1)),
                    matcher.group(2) == null ? 1 : Integer.parseInt(matcher.group(2)),
                    matcher.group(3) == null ? 1 : Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such date: " + text, e);
        }
    }

    /** Whether this date falls in exactly one period of {@code grain}. */
    public boolean isPlaceableIn(Grain grain) {
        return precision.isAtLeast(grain.precisionNeeded());
    }

    /** The date as the contract writes it, at its precision. */
    public String text() {
        return switch (precision) {
            case YEAR -> Integer.toString(start.getYear());
            case MONTH -> Grain.MONTH.label(start);
            case DAY -> start.toString();
        };
    }
}
