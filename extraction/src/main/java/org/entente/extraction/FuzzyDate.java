package org.entente.extraction;

/**
 * A date known to a year, a month or a day.
 *
 * @param year  the year
 * @param month 1 to 12, or null when only the year is known
 * @param day   1 to 31, or null when the day is not known
 */
public record FuzzyDate(int year, Integer month, Integer day) {

    /** How precisely a date is known. */
    public enum Precision {
        YEAR, MONTH, DAY;

        /** Lower-case name, as on the wire ({@code year}, {@code month}, {@code day}). */
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public FuzzyDate {
        if (month == null && day != null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null && (day < 1 || day > 31)) {
            throw new IllegalArgumentException("day out of range: " + day);
        }
    }

    public static FuzzyDate ofYear(int year) {
        return new FuzzyDate(year, null, null);
    }

    public static FuzzyDate ofMonth(int year, int month) {
        return new FuzzyDate(year, month, null);
    }

    public static FuzzyDate ofDay(int year, int month, int day) {
        return new FuzzyDate(year, month, day);
    }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** ISO form at this precision: {@code 2021}, {@code 2021-03} or {@code 2021-03-14}. */
    public String iso() {
        return switch (precision()) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }

    @Override
    public String toString() {
        return iso();
    }
}
