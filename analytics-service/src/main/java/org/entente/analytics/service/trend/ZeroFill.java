package org.entente.analytics.service.trend;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.analytics.service.period.PeriodRange;
import org.entente.analytics.service.stats.QuadCounts;

/** Turns the sparse periods that have events into the full series of a range, empty periods as zeros. */
public final class ZeroFill {

    private ZeroFill() {
    }

    /** One entry per period of {@code range}, in order; periods outside the range are ignored. */
    public static List<PeriodStats> fill(PeriodRange range, Map<LocalDate, QuadCounts> countsByStart) {
        return range.starts().stream()
                .map(start -> new PeriodStats(start, countsByStart.getOrDefault(start, QuadCounts.ZERO)))
                .toList();
    }
}
