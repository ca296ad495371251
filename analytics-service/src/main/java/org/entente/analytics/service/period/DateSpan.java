package org.entente.analytics.service.period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a written date covers: {@code 2024} is the whole year, {@code 2024-Q2} April to June, {@code 2024-03}
 * March, {@code 2024-03-14} one day. A range from one written date to another runs from the first day of the
 * first to the last day of the second.
 *
 * @param first the first day covered
 * @param last  the last day covered
 */
public record DateSpan(LocalDate first, LocalDate last) {

    private static final Pattern WRITTEN = Pattern.compile(
            "(\\d{4})(?:-Q([1-4])|-(\\d{2})(?:-(\\d{2}))?)?");

    /** The span written as {@code text}, or empty when it is not one of the four forms or no such date exists. */
    public static Optional<DateSpan> parse(String text) {
        Matcher matcher = WRITTEN.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        try {
            if (matcher.group(2) != null) {
                int firstMonth = (Integer.parseInt(matcher.group(2)) - 1) * 3 + 1;
                return Optional.of(new DateSpan(LocalDate.of(year, firstMonth, 1),
                        YearMonth.of(year, firstMonth + 2).atEndOfMonth()));
            }
            if (matcher.group(4) != null) {
                LocalDate day = LocalDate.of(year, Integer.parseInt(matcher.group(3)),
                        Integer.parseInt(matcher.group(4)));
                return Optional.of(new DateSpan(day, day));
            }
            if (matcher.group(3) != null) {
                YearMonth month = YearMonth.of(year, Integer.parseInt(matcher.group(3)));
                return Optional.of(new DateSpan(month.atDay(1), month.atEndOfMonth()));
            }
            return Optional.of(new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
