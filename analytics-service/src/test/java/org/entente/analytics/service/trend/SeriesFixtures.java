package org.entente.analytics.service.trend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.analytics.service.stats.QuadCounts;

/** Small builders of counts and series for the trend tests. */
final class SeriesFixtures {

    private SeriesFixtures() {
    }

    /** {@code events} events of quad class {@code quad} weighing {@code goldstein} each. */
    static QuadCounts events(int events, int quad, String goldstein) {
        QuadCounts counts = QuadCounts.ZERO;
        for (int i = 0; i < events; i++) {
            counts = counts.plus(QuadCounts.ofEvent(quad, new BigDecimal(goldstein)));
        }
        return counts;
    }

    /** One event of weight {@code goldstein} (quad 1 when positive, 4 otherwise). */
    static QuadCounts one(String goldstein) {
        return events(1, new BigDecimal(goldstein).signum() > 0 ? 1 : 4, goldstein);
    }

    /** Consecutive months from January 2024 with the given counts. */
    static List<PeriodStats> months(QuadCounts... counts) {
        List<PeriodStats> series = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            series.add(new PeriodStats(LocalDate.of(2024, 1, 1).plusMonths(i), counts[i]));
        }
        return series;
    }
}
