package org.entente.localstack.tools;

import java.util.Arrays;

/**
 * Every latency of one kind of request, kept exactly (a benchmark records thousands, not millions), summarised with
 * nearest-rank percentiles. Not thread-safe: one recorder per thread, or {@link #merge} them.
 */
public final class LatencyRecorder {

    private long[] nanos = new long[1024];
    private int count;

    /** Records one latency. */
    public void record(long latencyNanos) {
        if (latencyNanos < 0) {
            throw new IllegalArgumentException("negative latency: " + latencyNanos);
        }
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
    }

    /** Adds every latency of {@code other}. */
    public void merge(LatencyRecorder other) {
        for (int i = 0; i < other.count; i++) {
            record(other.nanos[i]);
        }
    }

    public int count() {
        return count;
    }

    /**
     * The summary in milliseconds.
     *
     * @throws IllegalStateException when nothing was recorded
     */
    public LatencySummary summary() {
        if (count == 0) {
            throw new IllegalStateException("no latency recorded");
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        double total = 0;
        for (long value : sorted) {
            total += value;
        }
        return new LatencySummary(count, millis(percentile(sorted, 50)), millis(percentile(sorted, 95)),
                millis(percentile(sorted, 99)), total / count / 1e6, millis(sorted[count - 1]));
    }

    /** The nearest-rank percentile: the smallest value that at least {@code p} percent of the values do not exceed. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    /** Latency figures in milliseconds. */
    public record LatencySummary(int count, double p50, double p95, double p99, double mean, double max) {
    }
}
