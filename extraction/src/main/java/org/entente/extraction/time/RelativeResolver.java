package org.entente.extraction.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

import org.entente.extraction.FuzzyDate;

/** Resolves a {@link Relative} against an anchor date. Pure functions. */
final class RelativeResolver {

    private RelativeResolver() {
    }

    /**
     * The date a shift, named month or weekday stands for, given its anchor; null when the anchor is too coarse
     * ({@code yesterday} needs a day, {@code last month} a month). The anchor's own month ({@code that month},
     * {@code days later}) of an anchor known only to the year is that year.
     */
    static FuzzyDate resolve(Relative r, FuzzyDate anchor) {
        if (r.weekday() != null) {
            return weekday(r.weekday(), r.offset(), anchor);
        }
        if (r.month() != null && r.unit() == Relative.Unit.YEAR) {
            int year = anchor.year() + r.offset();
            return r.day() == null ? FuzzyDate.ofMonth(year, r.month()) : FuzzyDate.ofDay(year, r.month(), r.day());
        }
        if (r.month() != null) {
            return namedMonth(r.month(), r.offset(), anchor);
        }
        return shift(r.unit(), r.offset(), anchor);
    }

    private static FuzzyDate shift(Relative.Unit unit, int offset, FuzzyDate anchor) {
        return switch (unit) {
            case ANCHOR -> anchor;
            case YEAR -> FuzzyDate.ofYear(anchor.year() + offset);
            case MONTH -> {
                if (anchor.month() == null) {
                    yield offset == 0 ? FuzzyDate.ofYear(anchor.year()) : null;
                }
                YearMonth ym = YearMonth.of(anchor.year(), anchor.month()).plusMonths(offset);
                yield FuzzyDate.ofMonth(ym.getYear(), ym.getMonthValue());
            }
            case DAY -> anchor.day() == null ? null : Dates.of(Dates.toLocalDate(anchor).plusDays(offset));
            case WEEK -> {
                if (anchor.day() == null) {
                    yield null;
                }
                LocalDate monday = Dates.toLocalDate(anchor).plusWeeks(offset)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield Dates.covering(monday, monday.plusDays(6));
            }
        };
    }

    /** {@code last January} (−1), {@code this January} (0), {@code next January} (+1). */
    private static FuzzyDate namedMonth(int month, int offset, FuzzyDate anchor) {
        if (offset == 0) {
            return FuzzyDate.ofMonth(anchor.year(), month);
        }
        if (anchor.month() == null) {
            return null;
        }
        int year = offset < 0 ? (month < anchor.month() ? anchor.year() : anchor.year() - 1)
                : (month > anchor.month() ? anchor.year() : anchor.year() + 1);
        return FuzzyDate.ofMonth(year, month);
    }

    /** {@code on Friday}: the latest Friday on or before the anchor; {@code last Friday}: before it; {@code next}: after. */
    private static FuzzyDate weekday(DayOfWeek weekday, int offset, FuzzyDate anchor) {
        if (anchor.day() == null) {
            return null;
        }
        LocalDate a = Dates.toLocalDate(anchor);
        LocalDate d = offset < 0 ? a.with(TemporalAdjusters.previous(weekday))
                : offset > 0 ? a.with(TemporalAdjusters.next(weekday))
                : a.with(TemporalAdjusters.previousOrSame(weekday));
        return Dates.of(d);
    }

    /** A calendar month or day without its year, in the given year; null when that day does not exist. */
    static FuzzyDate inYear(Relative r, int year) {
        return r.day() == null ? FuzzyDate.ofMonth(year, r.month()) : Dates.day(year, r.month(), r.day());
    }

    /** The latest such month or day on or before the anchor (29 February: in the latest leap year). */
    static FuzzyDate latestUpTo(Relative r, FuzzyDate anchor) {
        int year = Dates.notAfter(r.month(), r.day(), anchor) ? anchor.year() : anchor.year() - 1;
        FuzzyDate date = inYear(r, year);
        for (int back = 1; date == null && back < 8; back++) {
            date = inYear(r, year - back);
        }
        return date;
    }
}
