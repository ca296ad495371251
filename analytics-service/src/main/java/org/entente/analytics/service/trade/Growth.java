package org.entente.analytics.service.trade;

/** Growth rates, as fractions (0.1 is 10 %). */
public final class Growth {

    private Growth() {
    }

    /**
     * The change from {@code previous} to {@code current}, or null when either is missing or {@code previous} is
     * not positive.
     */
    public static Double yearOnYear(Double previous, Double current) {
        if (previous == null || current == null || previous <= 0) {
            return null;
        }
        return (current - previous) / previous;
    }

    /**
     * The compound annual growth rate from {@code first} to {@code last} over {@code years} years, or null when
     * the span is shorter than a year or the values are not both positive.
     */
    public static Double compoundAnnual(double first, double last, int years) {
        if (years < 1 || first <= 0 || last <= 0) {
            return null;
        }
        return Math.pow(last / first, 1.0 / years) - 1;
    }
}
