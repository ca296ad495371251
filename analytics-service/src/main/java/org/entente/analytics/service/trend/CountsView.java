package org.entente.analytics.service.trend;

import org.entente.analytics.service.stats.Decimals;
import org.entente.analytics.service.stats.QuadCounts;

/**
 * Event counts as the API returns them.
 *
 * @param events           number of events
 * @param q1               verbal cooperation events
 * @param q2               material cooperation events
 * @param q3               verbal conflict events
 * @param q4               material conflict events
 * @param goldsteinSum     sum of their Goldstein weights
 * @param goldsteinMean    mean Goldstein weight, null without events
 * @param cooperationIndex {@code (q1 + q2 - q3 - q4) / events} in [-1, 1], null without events
 */
public record CountsView(int events, int q1, int q2, int q3, int q4, double goldsteinSum, Double goldsteinMean,
                         Double cooperationIndex) {

    public static CountsView of(QuadCounts counts) {
        return new CountsView(counts.events(), counts.q1(), counts.q2(), counts.q3(), counts.q4(),
                counts.goldsteinSum().doubleValue(), Decimals.round(counts.goldsteinMean()),
                Decimals.round(counts.cooperationIndex()));
    }
}
