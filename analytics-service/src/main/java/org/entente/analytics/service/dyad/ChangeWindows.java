package org.entente.analytics.service.dyad;

/**
 * The two consecutive windows of whole years compared to measure change: the recent one ends with the latest
 * year that has a dated event in the whole read model, so the comparison follows the data, not the clock.
 *
 * @param years        years per window
 * @param recentFrom   first year of the recent window
 * @param recentTo     last year of the recent window
 * @param previousFrom first year of the previous window
 * @param previousTo   last year of the previous window
 */
public record ChangeWindows(int years, int recentFrom, int recentTo, int previousFrom, int previousTo) {

    /** The windows of {@code years} years each, the recent one ending with {@code lastYear}. */
    public static ChangeWindows endingIn(int lastYear, int years) {
        if (years < 1) {
            throw new IllegalArgumentException("windows must be at least a year long");
        }
        int recentFrom = lastYear - years + 1;
        return new ChangeWindows(years, recentFrom, lastYear, recentFrom - years, recentFrom - 1);
    }
}
