package org.entente.analytics.service.trend;

import java.time.LocalDate;
import org.entente.analytics.service.stats.QuadCounts;

/**
 * One stored aggregate row of a dyad and grain.
 *
 * @param start   the period's first day (for an imprecise row, the first day of its year)
 * @param precise false for the events dated only to the year under a quarter or month grain
 * @param counts  the counts
 */
public record PeriodRow(LocalDate start, boolean precise, QuadCounts counts) {
}
