package org.entente.analytics.service.trend;

import java.util.ArrayList;
import java.util.List;
import org.entente.analytics.service.stats.QuadCounts;

/**
 * Pools each period with the {@code window - 1} periods before it. Pooling the counts (rather than averaging
 * the periods' means) weighs every event equally, so a quiet period does not count as much as a busy one.
 */
public final class TrailingWindow {

    private TrailingWindow() {
    }

    /**
     * For each position of {@code series}, the sum of the counts of the {@code window} periods ending there, or
     * null where fewer than {@code window} periods precede it (inclusive).
     */
    public static List<QuadCounts> pooled(List<QuadCounts> series, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1, not " + window);
        }
        List<QuadCounts> pooled = new ArrayList<>(series.size());
        QuadCounts running = QuadCounts.ZERO;
        for (int i = 0; i < series.size(); i++) {
            running = running.plus(series.get(i));
            if (i >= window) {
                running = running.plus(series.get(i - window).negate());
            }
            pooled.add(i >= window - 1 ? running : null);
        }
        return pooled;
    }
}
