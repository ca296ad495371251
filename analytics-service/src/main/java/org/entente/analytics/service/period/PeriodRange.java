package org.entente.analytics.service.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The consecutive periods of one grain from {@code first} to {@code last}, both included.
 *
 * @param grain the periods' length
 * @param first start of the first period
 * @param last  start of the last period (not before {@code first})
 */
public record PeriodRange(Grain grain, LocalDate first, LocalDate last) {

    public PeriodRange {
        Objects.requireNonNull(grain, "grain");
        if (!grain.startOf(first).equals(first) || !grain.startOf(last).equals(last)) {
            throw new IllegalArgumentException("range bounds must start " + grain.wireName() + " periods");
        }
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("range ends before it starts: " + first + " > " + last);
        }
    }

    /** The number of periods in the range. */
    public long size() {
        return grain.countFromTo(first, last);
    }

    /** Whether the period starting on {@code periodStart} is in the range. */
    public boolean contains(LocalDate periodStart) {
        return !periodStart.isBefore(first) && !periodStart.isAfter(last);
    }

    /** The start of every period in the range, in order. */
    public List<LocalDate> starts() {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = first; !start.isAfter(last); start = grain.next(start)) {
            starts.add(start);
        }
        return starts;
    }
}
