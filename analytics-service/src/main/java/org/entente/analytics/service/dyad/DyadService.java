package org.entente.analytics.service.dyad;

import jakarta.enterprise.context.ApplicationScoped;
import org.entente.analytics.repository.DyadActivityRepository;
import org.entente.analytics.repository.EventStatsRepository;

/** Ranks pairs from the yearly and undated aggregates. */
@ApplicationScoped
public class DyadService {

    private final EventStatsRepository stats;
    private final DyadActivityRepository activity;

    public DyadService(EventStatsRepository stats, DyadActivityRepository activity) {
        this.stats = stats;
        this.activity = activity;
    }

    /**
     * The first {@code limit} pairs by {@code sort}, change measured between two windows of {@code windowYears}
     * years each, the recent one ending with the latest year that has a dated event.
     */
    public DyadRanking rank(DyadSort sort, int limit, int windowYears) {
        ChangeWindows windows = stats.latestDatedYear()
                .map(latest -> ChangeWindows.endingIn(latest, windowYears))
                .orElse(null);
        return DyadRanking.rank(activity.all(windows), sort, limit, windows);
    }
}
