package org.entente.analytics.service.trend;

import org.entente.analytics.service.stats.Decimals;
import org.entente.analytics.service.stats.QuadCounts;

/**
 * The moving average over the trailing window ending at a period: the window's events pooled.
 *
 * @param events           mean number of events per period
 * @param goldsteinMean    mean Goldstein weight of the window's events, null without events
 * @param cooperationIndex cooperation index of the window's events, null without events
 */
public record WindowAverage(double events, Double goldsteinMean, Double cooperationIndex) {

    /** The average of {@code pooled}, the counts of {@code window} periods. */
    public static WindowAverage of(QuadCounts pooled, int window) {
        return new WindowAverage(Decimals.round((double) pooled.events() / window),
                Decimals.round(pooled.goldsteinMean()), Decimals.round(pooled.cooperationIndex()));
    }
}
