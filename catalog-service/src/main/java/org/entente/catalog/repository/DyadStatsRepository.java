package org.entente.catalog.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

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

    /** A change to one dyad's counts (negative for retracted facts). */
    public record Delta(int events, int agreements, int trade) {

        /** Both changes together. */
        public Delta plus(Delta other) {
            return new Delta(events + other.events, agreements + other.agreements, trade + other.trade);
        }

        /** Whether it changes nothing. */
        public boolean isZero() {
            return events == 0 && agreements == 0 && trade == 0;
        }
    }

    /** Adds to a dyad's counts (negative deltas for retracted facts). Callers hold the dyad's lock. */
    public void adjust(String dyad, int events, int agreements, int trade) {
        adjustAll(Map.of(dyad, new Delta(events, agreements, trade)));
    }

    /**
     * Adds to several dyads' counts with one statement, in dyad order (the order the dyad locks are taken in).
     * Callers hold the dyads' locks.
     */
    public void adjustAll(Map<String, Delta> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        List<String> dyads = deltas.keySet().stream().sorted().toList();
        Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into dyad_stats (dyad, parties, events, agreements, trade)
                    select d.dyad, string_to_array(d.dyad, '-'), d.events, d.agreements, d.trade
                    from unnest(?::text[], ?::int[], ?::int[], ?::int[]) as d(dyad, events, agreements, trade)
                    order by d.dyad
                    on conflict (dyad) do update
                    set events = dyad_stats.events + excluded.events,
                        agreements = dyad_stats.agreements + excluded.agreements,
                        trade = dyad_stats.trade + excluded.trade""")) {
                upsert.setArray(1, connection.createArrayOf("text", dyads.toArray()));
                upsert.setArray(2, connection.createArrayOf("integer",
                        dyads.stream().map(d -> deltas.get(d).events()).toArray()));
                upsert.setArray(3, connection.createArrayOf("integer",
                        dyads.stream().map(d -> deltas.get(d).agreements()).toArray()));
                upsert.setArray(4, connection.createArrayOf("integer",
                        dyads.stream().map(d -> deltas.get(d).trade()).toArray()));
                upsert.executeUpdate();
            }
        });
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
