package org.entente.catalog.service;

import java.util.Map;
import java.util.TreeMap;
import org.entente.catalog.repository.DyadStatsRepository;
import org.entente.catalog.repository.DyadStatsRepository.Delta;

/**
 * The changes to the per-dyad fact counts that one unit of work makes, summed in memory and written with one
 * statement ({@link DyadStatsRepository#adjustAll}) instead of one per created or retracted fact.
 */
final class DyadCounts {

    private final Map<String, Delta> deltas = new TreeMap<>();

    /** A canonical event was created (+1) or retracted (-1). */
    void events(String dyad, int change) {
        add(dyad, new Delta(change, 0, 0));
    }

    /** An agreement was created (+1) or retracted (-1). */
    void agreements(String dyad, int change) {
        add(dyad, new Delta(0, change, 0));
    }

    /** A trade figure was created (+1) or retracted (-1). */
    void trade(String dyad, int change) {
        add(dyad, new Delta(0, 0, change));
    }

    /** Writes the summed changes (dyads whose changes cancel out are skipped) and forgets them. */
    void writeTo(DyadStatsRepository stats) {
        deltas.values().removeIf(Delta::isZero);
        stats.adjustAll(deltas);
        deltas.clear();
    }

    private void add(String dyad, Delta delta) {
        deltas.merge(dyad, delta, Delta::plus);
    }
}
