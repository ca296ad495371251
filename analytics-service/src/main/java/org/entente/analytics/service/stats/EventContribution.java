package org.entente.analytics.service.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.entente.analytics.service.period.Grain;
import org.entente.analytics.service.period.PartialDate;

/**
 * What one event adds to its dyad's aggregates.
 *
 * @param dyad      the event's dyad
 * @param date      the event's date, or null when undated
 * @param quad      quad class, 1 to 4
 * @param goldstein Goldstein weight
 */
public record EventContribution(String dyad, PartialDate date, int quad, BigDecimal goldstein) {

    public EventContribution {
        Objects.requireNonNull(dyad, "dyad");
        Objects.requireNonNull(goldstein, "goldstein");
    }

    /**
     * The buckets the event counts in: one per grain (the period containing it, or its year's imprecise bucket
     * when it is dated too coarsely for the grain), or only the undated bucket.
     */
    public List<StatsKey> buckets() {
        if (date == null) {
            return List.of(StatsKey.undated(dyad));
        }
        List<StatsKey> keys = new ArrayList<>();
        for (Grain grain : Grain.values()) {
            boolean precise = date.isPlaceableIn(grain);
            LocalDate periodStart = precise ? grain.startOf(date.start()) : Grain.YEAR.startOf(date.start());
            keys.add(StatsKey.period(dyad, grain, periodStart, precise));
        }
        return keys;
    }

    /** The counts the event adds to each of its buckets. */
    public QuadCounts counts() {
        return QuadCounts.ofEvent(quad, goldstein);
    }
}
