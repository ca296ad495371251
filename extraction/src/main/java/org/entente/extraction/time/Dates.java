package org.entente.extraction.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

import org.entente.extraction.FuzzyDate;

/** Calendar arithmetic on fuzzy dates. */
final class Dates {

    private Dates() {
    }

    /** The day, or null when it does not exist (30 February). */
    static FuzzyDate day(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || !YearMonth.of(year, month).isValidDay(day)) {
            return null;
        }
        return FuzzyDate.ofDay(year, month, day);
    }

    /** Whether some year has this day of this month (29 February counts). */
    static boolean isPossibleDay(int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).maxLength();
    }

    static LocalDate toLocalDate(FuzzyDate date) {
        return LocalDate.of(date.year(), date.month(), date.day());
    }

    static FuzzyDate of(LocalDate date) {
        return FuzzyDate.ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** The finest date that covers both days: their month if they share one, else their year, else null. */
    static FuzzyDate covering(LocalDate a, LocalDate b) {
        if (a.getYear() != b.getYear()) {
            return null;
        }
        return a.getMonth() == b.getMonth() ? FuzzyDate.ofMonth(a.getYear(), a.getMonthValue())
                : FuzzyDate.ofYear(a.getYear());
    }

    /** Whether (month, day) comes on or before the date's month and day; a missing part counts as equal. */
    static boolean notAfter(int month, Integer day, FuzzyDate date) {
        if (date.month() == null || month != date.month()) {
            return date.month() == null || month < date.month();
        }
        return day == null || date.day() == null || day <= date.day();
    }
}
