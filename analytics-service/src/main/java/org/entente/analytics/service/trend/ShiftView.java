package org.entente.analytics.service.trend;

import java.util.List;

/**
 * A large change between two consecutive periods and the events behind it.
 *
 * @param from               the earlier period
 * @param to                 the later period
 * @param goldsteinSumChange the later period's Goldstein sum minus the earlier one's
 * @param direction          {@code improving} when the sum rose, {@code worsening} when it fell
 * @param events             the events of both periods with the largest Goldstein weights (by absolute value),
 *                           in date order
 */
public record ShiftView(String from, String to, double goldsteinSumChange, TrendDirection direction,
                        List<EventView> events) {
}
