package org.entente.analytics.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.analytics.service.period.Grain;
import org.entente.analytics.service.stats.QuadCounts;
import org.entente.analytics.service.stats.StatsDelta;
import org.entente.analytics.service.stats.StatsKey;
import org.entente.analytics.service.trend.PeriodRow;
import org.hibernate.Session;

/**
 * The event aggregates: per dyad, grain and period ({@code event_period_stats}) and per dyad for undated events
 * ({@code event_undated_stats}).
 */
@ApplicationScoped
public class EventStatsRepository {

    private static final String ADD_TO_PERIOD = """
            insert into event_period_stats (dyad, grain, period_start, precise, q1, q2, q3, q4, goldstein_sum)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (dyad, grain, period_start, precise) do update set
                q1 = event_period_stats.q1 + excluded.q1,
                q2 = event_period_stats.q2 + excluded.q2,
                q3 = event_period_stats.q3 + excluded.q3,
                q4 = event_period_stats.q4 + excluded.q4,
                goldstein_sum = event_period_stats.goldstein_sum + excluded.goldstein_sum""";
    private static final String ADD_TO_UNDATED = """
            insert into event_undated_stats (dyad, q1, q2, q3, q4, goldstein_sum)
            values (?, ?, ?, ?, ?, ?)
            on conflict (dyad) do update set
                q1 = event_undated_stats.q1 + excluded.q1,
                q2 = event_undated_stats.q2 + excluded.q2,
                q3 = event_undated_stats.q3 + excluded.q3,
                q4 = event_undated_stats.q4 + excluded.q4,
                goldstein_sum = event_undated_stats.goldstein_sum + excluded.goldstein_sum""";
    private static final String DELETE_EMPTY_PERIOD = """
            delete from event_period_stats
            where dyad = ? and grain = ? and period_start = ? and precise = ?
              and q1 = 0 and q2 = 0 and q3 = 0 and q4 = 0""";
    private static final String DELETE_EMPTY_UNDATED = """
            delete from event_undated_stats where dyad = ? and q1 = 0 and q2 = 0 and q3 = 0 and q4 = 0""";

    private final EntityManager entityManager;

    public EventStatsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Adds {@code delta} to the aggregates in its write order, then deletes the buckets it emptied, in one round
     * trip per statement kind.
     */
    public void apply(StatsDelta delta) {
        if (delta.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (JdbcBatch addToPeriod = new JdbcBatch(connection, ADD_TO_PERIOD);
                 JdbcBatch addToUndated = new JdbcBatch(connection, ADD_TO_UNDATED)) {
                for (Map.Entry<StatsKey, QuadCounts> change : delta.changes().entrySet()) {
                    StatsKey key = change.getKey();
                    QuadCounts counts = change.getValue();
                    if (key.isUndated()) {
                        addToUndated.add(key.dyad(), counts.q1(), counts.q2(), counts.q3(), counts.q4(),
                                counts.goldsteinSum());
                    } else {
                        addToPeriod.add(key.dyad(), key.grain().wireName(), Date.valueOf(key.periodStart()),
                                key.precise(), counts.q1(), counts.q2(), counts.q3(), counts.q4(),
                                counts.goldsteinSum());
                    }
                }
            }
            try (JdbcBatch deletePeriod = new JdbcBatch(connection, DELETE_EMPTY_PERIOD);
                 JdbcBatch deleteUndated = new JdbcBatch(connection, DELETE_EMPTY_UNDATED)) {
                for (StatsKey key : delta.decreases().keySet()) {
                    if (key.isUndated()) {
                        deleteUndated.add(key.dyad());
                    } else {
                        deletePeriod.add(key.dyad(), key.grain().wireName(), Date.valueOf(key.periodStart()),
                                key.precise());
                    }
                }
            }
        });
    }

    /** Every row of {@code dyad} under {@code grain}, precise and imprecise, by period. */
    public List<PeriodRow> periods(String dyad, Grain grain) {
        List<Tuple> rows = entityManager.createNativeQuery("""
                        select period_start, precise, q1, q2, q3, q4, goldstein_sum from event_period_stats
                        where dyad = :dyad and grain = :grain
                        order by period_start, precise""", Tuple.class)
                .setParameter("dyad", dyad)
                .setParameter("grain", grain.wireName())
                .getResultList();
        return rows.stream()
                .map(row -> new PeriodRow(row.get("period_start", LocalDate.class), row.get("precise", Boolean.class),
                        counts(row)))
                .toList();
    }

    /** The counts of the undated events of {@code dyad}. */
    public QuadCounts undated(String dyad) {
        List<Tuple> rows = entityManager.createNativeQuery(
                        "select q1, q2, q3, q4, goldstein_sum from event_undated_stats where dyad = :dyad", Tuple.class)
                .setParameter("dyad", dyad)
                .getResultList();
        return rows.isEmpty() ? QuadCounts.ZERO : counts(rows.get(0));
    }

    /** The latest year with a dated event in the whole read model. */
    public Optional<Integer> latestDatedYear() {
        LocalDate latest = (LocalDate) entityManager.createNativeQuery(
                        "select max(period_start) from event_period_stats where grain = 'year'", LocalDate.class)
                .getSingleResult();
        return Optional.ofNullable(latest).map(LocalDate::getYear);
    }

    static QuadCounts counts(Tuple row) {
        return new QuadCounts(intOf(row, "q1"), intOf(row, "q2"), intOf(row, "q3"), intOf(row, "q4"),
                row.get("goldstein_sum", BigDecimal.class));
    }

    private static int intOf(Tuple row, String column) {
        return row.get(column, Number.class).intValue();
    }
}
