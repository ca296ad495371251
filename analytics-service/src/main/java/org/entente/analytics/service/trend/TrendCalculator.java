package org.entente.analytics.service.trend;

import java.util.List;
import org.entente.analytics.service.stats.QuadCounts;

/**
 * Computes moving averages, the recent slope and its direction, and the largest shifts of a zero-filled series.
 *
 * @param window    periods per moving window and per slope fit (at least 2)
 * @param threshold slope, in Goldstein points per period, beyond which the direction is improving or worsening
 * @param shifts    how many shifts to report
 */
public record TrendCalculator(int window, double threshold, int shifts) {

    public TrendCalculator {
        if (window < 2) {
            throw new IllegalArgumentException("window must be at least 2, not " + window);
        }
        if (threshold < 0) {
            throw new IllegalArgumentException("threshold must not be negative");
        }
    }

    public TrendAnalysis analyse(List<PeriodStats> series) {
        List<QuadCounts> counts = series.stream().map(PeriodStats::counts).toList();
        int slopeFrom = Math.max(0, series.size() - window);
        List<Double> recentMeans = counts.subList(slopeFrom, counts.size()).stream()
                .map(QuadCounts::goldsteinMean)
                .toList();
        Double slope = LeastSquares.slope(recentMeans);
        TrendDirection direction = slope == null ? null : TrendDirection.of(slope, threshold);
        return new TrendAnalysis(TrailingWindow.pooled(counts, window), slopeFrom, slope, direction,
                ShiftDetector.largest(series, shifts));
    }
}
