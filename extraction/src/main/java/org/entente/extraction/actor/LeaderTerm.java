package org.entente.extraction.actor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.entente.extraction.FuzzyDate;

/**
 * One term of a leader in one office.
 *
 * @param id   the person's id ({@code zulfikar-ali-bhutto})
 * @param code the state whose office it was
 * @param role the office ({@code prime minister}, {@code army chief}, ...)
 * @param from first day in office, to the precision known
 * @param to   last day in office, or null while in office
 */
public record LeaderTerm(String id, String code, String role, FuzzyDate from, FuzzyDate to) {

    public LeaderTerm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(from, "from");
    }

    /**
     * Whether the person may have held the office at that date: the date's span (a whole year for a year)
     * overlaps the term's widest span (a term known to the year runs from its first to its last day).
     */
    public boolean covers(FuzzyDate date) {
        return !lastDay(date).isBefore(firstDay(from)) && (to == null || !firstDay(date).isAfter(lastDay(to)));
    }

    static LocalDate firstDay(FuzzyDate date) {
        return LocalDate.of(date.year(), date.month() == null ? 1 : date.month(),
                date.day() == null ? 1 : date.day());
    }

    static LocalDate lastDay(FuzzyDate date) {
        if (date.month() == null) {
            return LocalDate.of(date.year(), 12, 31);
        }
        if (date.day() == null) {
            return YearMonth.of(date.year(), date.month()).atEndOfMonth();
        }
        return LocalDate.of(date.year(), date.month(), date.day());
    }

    /** Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    static FuzzyDate parseDate(String iso) {
        String[] parts = iso.split("-");
        int year = Integer.parseInt(parts[0]);
        return switch (parts.length) {
            case 1 -> FuzzyDate.ofYear(year);
            case 2 -> FuzzyDate.ofMonth(year, Integer.parseInt(parts[1]));
            case 3 -> FuzzyDate.ofDay(year, Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            default -> throw new IllegalArgumentException("not a date: " + iso);
        };
    }
}
