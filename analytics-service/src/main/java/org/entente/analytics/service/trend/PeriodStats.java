package org.entente.analytics.service.trend;

import java.time.LocalDate;
import java.util.Objects;
import org.entente.analytics.service.stats.QuadCounts;

/**
 * A dyad's event counts in one period.
 *
 * @param start  the period's first day
 * @param counts the counts (zero when nothing happened)
 */
public record PeriodStats(LocalDate start, QuadCounts counts) {

    public PeriodStats {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(counts, "counts");
    }
}
