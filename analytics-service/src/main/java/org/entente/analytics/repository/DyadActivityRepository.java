package org.entente.analytics.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.analytics.service.dyad.ChangeWindows;
import org.entente.analytics.service.dyad.DyadActivity;
import org.entente.analytics.service.stats.QuadCounts;

/** Per-pair totals over the aggregates, for ranking pairs. */
@ApplicationScoped
public class DyadActivityRepository {

    /** Yearly rows plus undated rows give every event once; trade claims are counted beside. */
    private static final String TOTALS = """
            select dyad, sum(q1) as q1, sum(q2) as q2, sum(q3) as q3, sum(q4) as q4,
                   sum(goldstein_sum) as goldstein_sum, sum(undated) as undated, sum(trade) as trade
            from (
                select dyad, q1, q2, q3, q4, goldstein_sum, 0 as undated, 0 as trade
                from event_period_stats where grain = 'year'
                union all
                select dyad, q1, q2, q3, q4, goldstein_sum, q1 + q2 + q3 + q4, 0 from event_undated_stats
                union all
                select dyad, 0, 0, 0, 0, 0, 0, count(*) from trade_figure group by dyad
            ) as everything
            group by dyad""";
    private static final String WINDOWS = """
            select dyad, period_start >= :recentStart as recent, sum(q1) as q1, sum(q2) as q2, sum(q3) as q3,
                   sum(q4) as q4, sum(goldstein_sum) as goldstein_sum
            from event_period_stats
            where grain = 'year' and period_start >= :previousStart and period_start <= :recentEnd
            group by dyad, recent""";

    private final EntityManager entityManager;

    public DyadActivityRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every pair with events or trade claims; window counts are zero when {@code windows} is null. */
    @SuppressWarnings("unchecked")
    public List<DyadActivity> all(ChangeWindows windows) {
        Map<String, QuadCounts> recent = new HashMap<>();
        Map<String, QuadCounts> previous = new HashMap<>();
        if (windows != null) {
            List<Tuple> rows = entityManager.createNativeQuery(WINDOWS, Tuple.class)
                    .setParameter("recentStart", LocalDate.of(windows.recentFrom(), 1, 1))
                    .setParameter("previousStart", LocalDate.of(windows.previousFrom(), 1, 1))
                    .setParameter("recentEnd", LocalDate.of(windows.recentTo(), 1, 1))
                    .getResultList();
            for (Tuple row : rows) {
                (row.get("recent", Boolean.class) ? recent : previous)
                        .put(row.get("dyad", String.class), EventStatsRepository.counts(row));
            }
        }
        List<Tuple> totals = entityManager.createNativeQuery(TOTALS, Tuple.class).getResultList();
        return totals.stream().map(row -> {
            String dyad = row.get("dyad", String.class);
            return new DyadActivity(dyad, EventStatsRepository.counts(row),
                    row.get("undated", Number.class).intValue(),
                    recent.getOrDefault(dyad, QuadCounts.ZERO), previous.getOrDefault(dyad, QuadCounts.ZERO),
                    row.get("trade", Number.class).intValue());
        }).toList();
    }
}
