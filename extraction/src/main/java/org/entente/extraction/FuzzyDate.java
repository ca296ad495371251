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
        if (year < 0 || year > 9999) {
            return switch (precision()) {
                case YEAR -> String.format("%04d", year);
                case MONTH -> String.format("%04d-%02d", year, month);
                case DAY -> String.format("%04d-%02d-%02d", year, month, day);
            };
        }
        StringBuilder iso = new StringBuilder(10);
        padded(iso, year, 4);
        if (month != null) {
            padded(iso.append('-'), month, 2);
        }
        if (day != null) {
            padded(iso.append('-'), day, 2);
        }
        return iso.toString();
    }

    /** Appends a non-negative number with leading zeros to {@code width} digits, as {@code %0<width>d} does. */
    private static void padded(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int k = digits.length(); k < width; k++) {
            out.append('0');
        }
        out.append(digits);
    }

    @Override
    public String toString() {
        return iso();
    }
}
