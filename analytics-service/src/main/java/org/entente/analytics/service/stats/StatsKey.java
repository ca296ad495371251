package org.entente.analytics.service.stats;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.entente.analytics.service.period.Grain;

/**
 * One aggregate bucket of a dyad's events: a period of a grain, or the dyad's undated events.
 *
 * @param dyad        the two codes sorted and joined with {@code -}
 * @param grain       the period's grain, or null for the undated bucket
 * @param periodStart the period's first day, or null for the undated bucket
 * @param precise     true when the events are dated finely enough for the grain; false for events dated only to
 *                    the year, bucketed by year under a quarter or month grain
 */
public record StatsKey(String dyad, Grain grain, LocalDate periodStart, boolean precise)
        implements Comparable<StatsKey> {

    /**
     * The order in which buckets are written: every writer locks rows in this order, so two transactions never
     * wait for each other's rows in a cycle.
     */
    private static final Comparator<StatsKey> WRITE_ORDER = Comparator.comparing(StatsKey::dyad)
            .thenComparing(StatsKey::grain, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(StatsKey::periodStart, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(StatsKey::precise);

    public StatsKey {
        Objects.requireNonNull(dyad, "dyad");
        if ((grain == null) != (periodStart == null)) {
            throw new IllegalArgumentException("grain and period start are both set or both null");
        }
    }

    /** The bucket of a dyad's undated events. */
    public static StatsKey undated(String dyad) {
        return new StatsKey(dyad, null, null, false);
    }

    /** A period bucket. */
    public static StatsKey period(String dyad, Grain grain, LocalDate periodStart, boolean precise) {
        return new StatsKey(dyad, grain, periodStart, precise);
    }

    public boolean isUndated() {
        return grain == null;
    }

    @Override
    public int compareTo(StatsKey other) {
        return WRITE_ORDER.compare(this, other);
    }
}
