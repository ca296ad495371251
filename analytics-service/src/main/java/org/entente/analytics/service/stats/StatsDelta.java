package org.entente.analytics.service.stats;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The net change one catalog change makes to the aggregate buckets: the old state's contribution taken out,
 * the new state's put in. A changed event thus moves its counts from the old period and quad class to the new
 * ones, and buckets where the two cancel out are left untouched.
 */
public final class StatsDelta {

    private final SortedMap<StatsKey, QuadCounts> changes;

    private StatsDelta(SortedMap<StatsKey, QuadCounts> changes) {
        this.changes = changes;
    }

    /**
     * The change from {@code before} to {@code after}; either may be null (the event did not exist, or no
     * longer counts).
     */
    public static StatsDelta between(EventContribution before, EventContribution after) {
        SortedMap<StatsKey, QuadCounts> changes = new TreeMap<>();
        if (before != null) {
            QuadCounts removed = before.counts().negate();
            before.buckets().forEach(key -> changes.merge(key, removed, QuadCounts::plus));
        }
        if (after != null) {
            QuadCounts added = after.counts();
            after.buckets().forEach(key -> changes.merge(key, added, QuadCounts::plus));
        }
        changes.values().removeIf(QuadCounts::isZero);
        return new StatsDelta(changes);
    }

    /** No change at all. */
    public static StatsDelta none() {
        return new StatsDelta(new TreeMap<>());
    }

    /**
     * This change followed by {@code other}: per bucket the sum of both, so several changes to one bucket become
     * one write. Buckets where the two cancel out are left out.
     */
    public StatsDelta plus(StatsDelta other) {
        SortedMap<StatsKey, QuadCounts> sum = new TreeMap<>(changes);
        other.changes.forEach((key, counts) -> sum.merge(key, counts, QuadCounts::plus));
        sum.values().removeIf(QuadCounts::isZero);
        return new StatsDelta(sum);
    }

    /** The non-zero changes, in write order. */
    public SortedMap<StatsKey, QuadCounts> changes() {
        return Collections.unmodifiableSortedMap(changes);
    }

    /** The changed buckets that lose events (and may become empty). */
    public Map<StatsKey, QuadCounts> decreases() {
        SortedMap<StatsKey, QuadCounts> decreases = new TreeMap<>(changes);
        decreases.values().removeIf(
                counts -> counts.q1() >= 0 && counts.q2() >= 0 && counts.q3() >= 0 && counts.q4() >= 0);
        return decreases;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
