package org.entente.localstack.tools;

import java.util.Arrays;
import java.util.Collection;

/** Percentiles of a set of durations (nearest-rank). */
public final class LatencyStats {

    private final long[] sorted;

    /** @param nanos the durations in nanoseconds */
    public LatencyStats(Collection<Long> nanos) {
        this.sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** How many durations there are. */
    public int count() {
        return sorted.length;
    }

    /**
     * The nearest-rank percentile in milliseconds: the smallest duration that at least {@code p} percent of the
     * durations do not exceed; 0 when there is none.
     */
    public double percentileMillis(double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    /** The longest duration in milliseconds, 0 when there is none. */
    public double maxMillis() {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6;
    }

    @Override
    public String toString() {
        return Arrays.toString(sorted);
    }
}
