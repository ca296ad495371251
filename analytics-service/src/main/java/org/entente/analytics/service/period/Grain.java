package org.entente.analytics.service.period;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** The length of the periods a time series is bucketed into. */
public enum Grain {
    YEAR(12, DatePrecision.YEAR),
    QUARTER(3, DatePrecision.MONTH),
    MONTH(1, DatePrecision.MONTH);

    private final int months;
    private final DatePrecision precisionNeeded;

    Grain(int months, DatePrecision precisionNeeded) {
        this.months = months;
        this.precisionNeeded = precisionNeeded;
    }

    /** The API's and the database's spelling ({@code year}, {@code quarter}, {@code month}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The grain spelled {@code name}, if it is one. */
    public static Optional<Grain> fromWireName(String name) {
        for (Grain grain : values()) {
            if (grain.wireName().equals(name)) {
                return Optional.of(grain);
            }
        }
        return Optional.empty();
    }

    /** The coarsest date precision that places a date in exactly one period of this grain. */
    public DatePrecision precisionNeeded() {
        return precisionNeeded;
    }

    /** The first day of the period that contains {@code date}. */
    public LocalDate startOf(LocalDate date) {
        int monthIndex = date.getMonthValue() - 1;
        return LocalDate.of(date.getYear(), monthIndex - monthIndex % months + 1, 1);
    }

    /** The first day of the period after the one starting on {@code periodStart}. */
    public LocalDate next(LocalDate periodStart) {
        return periodStart.plusMonths(months);
    }

    /** The number of periods from the one starting on {@code first} to the one starting on {@code last}, inclusive. */
    public long countFromTo(LocalDate first, LocalDate last) {
        long monthsBetween = (last.getYear() - first.getYear()) * 12L + last.getMonthValue() - first.getMonthValue();
        return monthsBetween / months + 1;
    }

    /** A period's name: {@code 2024}, {@code 2024-Q1} or {@code 2024-01}. */
    public String label(LocalDate periodStart) {
        return switch (this) {
            case YEAR -> Integer.toString(periodStart.getYear());
            case QUARTER -> periodStart.getYear() + "-Q" + ((periodStart.getMonthValue() - 1) / 3 + 1);
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", periodStart.getYear(), periodStart.getMonthValue());
        };
    }

    /** The PostgreSQL interval of one period ({@code 1 year}, {@code 3 months}, {@code 1 month}). */
    public String sqlInterval() {
        return months + " months";
    }
}
