package org.entente.analytics.service.trend;

import java.util.List;
import org.entente.analytics.service.stats.QuadCounts;

/**
 * The figures computed over a zero-filled series.
 *
 * @param pooled      per period, the counts of the trailing window ending there (null while the window is incomplete)
 * @param slopeFrom   position of the first period the slope is fitted over
 * @param slope       least-squares slope of the mean Goldstein weight over the last window, per period (null with
 *                    fewer than two periods that have events)
 * @param direction   the slope judged against the threshold, or null when there is no slope
 * @param shifts      the largest changes between consecutive periods, largest first
 */
public record TrendAnalysis(List<QuadCounts> pooled, int slopeFrom, Double slope, TrendDirection direction,
                            List<Shift> shifts) {
}
