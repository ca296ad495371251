package org.entente.analytics.service.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * Event counts by quad class and their Goldstein sum, for one period, one window or a whole dyad. The same
 * shape, with signed counts, is the change one catalog change makes to a bucket.
 *
 * <p>The cooperation index is {@code (q1 + q2 - q3 - q4) / events}: the share of cooperative events minus the
 * share of conflictual ones, from -1 (all conflict) to +1 (all cooperation).
 *
 * @param q1            verbal cooperation
 * @param q2            material cooperation
 * @param q3            verbal conflict
 * @param q4            material conflict
 * @param goldsteinSum  sum of the events' Goldstein weights (exact: weights have at most two decimals)
 */
public record QuadCounts(int q1, int q2, int q3, int q4, BigDecimal goldsteinSum) {

    /** No events. */
    public static final QuadCounts ZERO = new QuadCounts(0, 0, 0, 0, BigDecimal.ZERO);

    public QuadCounts {
        Objects.requireNonNull(goldsteinSum, "goldsteinSum");
    }

    /** One event of quad class {@code quad} (1 to 4) and Goldstein weight {@code goldstein}. */
    public static QuadCounts ofEvent(int quad, BigDecimal goldstein) {
        return switch (quad) {
            case 1 -> new QuadCounts(1, 0, 0, 0, goldstein);
            case 2 -> new QuadCounts(0, 1, 0, 0, goldstein);
            case 3 -> new QuadCounts(0, 0, 1, 0, goldstein);
            case 4 -> new QuadCounts(0, 0, 0, 1, goldstein);
            default -> throw new IllegalArgumentException("quad class must be 1 to 4, not " + quad);
        };
    }

    public QuadCounts plus(QuadCounts other) {
        return new QuadCounts(q1 + other.q1, q2 + other.q2, q3 + other.q3, q4 + other.q4,
                goldsteinSum.add(other.goldsteinSum));
    }

    public QuadCounts negate() {
        return new QuadCounts(-q1, -q2, -q3, -q4, goldsteinSum.negate());
    }

    /** The number of events. */
    public int events() {
        return q1 + q2 + q3 + q4;
    }

    /** Whether this changes nothing: no events and no Goldstein weight. */
    public boolean isZero() {
        return q1 == 0 && q2 == 0 && q3 == 0 && q4 == 0 && goldsteinSum.signum() == 0;
    }

    /** The mean Goldstein weight, or null without events. */
    public Double goldsteinMean() {
        int events = events();
        return events == 0 ? null
                : goldsteinSum.divide(BigDecimal.valueOf(events), MathContext.DECIMAL64).doubleValue();
    }

    /** The cooperation index in [-1, 1] (see the type's description), or null without events. */
    public Double cooperationIndex() {
        int events = events();
        return events == 0 ? null : (double) (q1 + q2 - q3 - q4) / events;
    }
}
