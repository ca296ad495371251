package org.entente.catalog.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Per-dyad fact counts, the summary behind {@code /api/countries}: adjusted in the transaction that creates or
 * retracts a fact, so reading the summary never scans the facts and writing it costs one row update.
 */
@ApplicationScoped
public class DyadStatsRepository {

    /**
     * One country's totals over the dyads it is a party of.
     *
     * @param counterparts how many other countries it has facts with
     */
    public record CountryTotals(String code, long events, long agreements, long trade, long counterparts) {
    }

    /** Adds to a dyad's counts (negative deltas for retracted facts). Callers hold the dyad's lock. */
    public void adjust(String dyad, int events, int agreements, int trade) {
        Panache.getEntityManager().createNativeQuery("""
                        insert into dyad_stats (dyad, parties, events, agreements, trade)
                        values (:dyad, string_to_array(:dyad, '-'), :events, :agreements, :trade)
                        on conflict (dyad) do update
                        set events = dyad_stats.events + excluded.events,
                            agreements = dyad_stats.agreements + excluded.agreements,
                            trade = dyad_stats.trade + excluded.trade""")
                .setParameter("dyad", dyad)
                .setParameter("events", events)
                .setParameter("agreements", agreements)
                .setParameter("trade", trade)
                .executeUpdate();
    }

    /** Every country with at least one fact, by code. */
    public List<CountryTotals> countries() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                        with membership as (
                            select p.code, s.parties, s.events, s.agreements, s.trade
                            from dyad_stats s cross join unnest(s.parties) as p(code)
                            where s.events + s.agreements + s.trade > 0),
                        totals as (
                            select code, sum(events) as events, sum(agreements) as agreements, sum(trade) as trade
                            from membership group by code),
                        partners as (
                            select m.code, count(distinct o.code) as counterparts
                            from membership m cross join unnest(m.parties) as o(code)
                            where o.code <> m.code group by m.code)
                        select t.code, t.events, t.agreements, t.trade, coalesce(p.counterparts, 0)
                        from totals t left join partners p on p.code = t.code
                        order by t.code""")
                .getResultList();
        return rows.stream()
                .map(row -> new CountryTotals((String) row[0], ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue(), ((Number) row[3]).longValue(),
                        ((Number) row[4]).longValue()))
                .toList();
    }
}
