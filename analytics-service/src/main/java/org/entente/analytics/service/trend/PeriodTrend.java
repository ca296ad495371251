package org.entente.analytics.service.trend;

import java.time.LocalDate;

/**
 * One period of a trend.
 *
 * @param period        the period's name ({@code 2024}, {@code 2024-Q1}, {@code 2024-01})
 * @param start         its first day
 * @param counts        the events dated in it
 * @param movingAverage the trailing window ending at it, null while fewer than a window of periods precede it
 */
public record PeriodTrend(String period, LocalDate start, CountsView counts, WindowAverage movingAverage) {
}
