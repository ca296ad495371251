package org.entente.analytics.service.trend;

import java.util.List;

/**
 * The answer to a trends query.
 *
 * @param a        first country as asked
 * @param b        second country as asked
 * @param dyad     the pair's key (codes sorted, joined with {@code -})
 * @param period   the grain: {@code year}, {@code quarter} or {@code month}
 * @param from     first period, null when the pair has no dated events and no range was asked
 * @param to       last period, likewise
 * @param window   periods per moving window and per slope fit
 * @param periods  every period from {@code from} to {@code to}, empty ones as zeros
 * @param trend    the direction of the last window
 * @param shifts   the largest changes between consecutive periods, largest first
 * @param coarser  events in years overlapping the range but dated only to the year, which a quarter or month
 *                 cannot hold (always zero for the year grain)
 * @param undated  the pair's events with no date
 */
public record TrendReport(String a, String b, String dyad, String period, String from, String to, int window,
                          List<PeriodTrend> periods, TrendLine trend, List<ShiftView> shifts, CountsView coarser,
                          CountsView undated) {
}
