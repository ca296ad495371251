package org.entente.analytics.service.trend;

/**
 * The direction of the last window of a trend.
 *
 * @param measure   what the slope is fitted to: {@code goldsteinMean}, each period's mean Goldstein weight
 * @param from      first period of the fit
 * @param to        last period of the fit
 * @param slope     least-squares slope in Goldstein points per period, null with fewer than two periods that
 *                  have events in the window
 * @param direction {@code improving} (slope above the threshold), {@code worsening} (below minus the threshold),
 *                  {@code stable}, or null without a slope
 * @param threshold the threshold, in Goldstein points per period
 */
public record TrendLine(String measure, String from, String to, Double slope, TrendDirection direction,
                        double threshold) {

    /** The only measure slopes are fitted to. */
    public static final String GOLDSTEIN_MEAN = "goldsteinMean";
}
