package org.entente.analytics.service.dyad;

import java.util.Objects;
import org.entente.analytics.service.stats.QuadCounts;

/**
 * What the read model knows of one pair.
 *
 * @param dyad          the pair's key ({@code IRN-PAK})
 * @param all           all its events, dated or not
 * @param undated       its undated events
 * @param recent        its events in the recent window
 * @param previous      its events in the previous window
 * @param tradeFigures  number of trade claims
 */
public record DyadActivity(String dyad, QuadCounts all, int undated, QuadCounts recent, QuadCounts previous,
                           int tradeFigures) {

    public DyadActivity {
        Objects.requireNonNull(dyad, "dyad");
        Objects.requireNonNull(all, "all");
        Objects.requireNonNull(recent, "recent");
        Objects.requireNonNull(previous, "previous");
    }

    /** The recent cooperation index minus the previous one, or null when either window has no events. */
    public Double change() {
        Double now = recent.cooperationIndex();
        Double before = previous.cooperationIndex();
        return now == null || before == null ? null : now - before;
    }
}
