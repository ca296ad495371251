package org.entente.analytics.service.trend;

import java.time.LocalDate;
import java.util.Objects;
import org.entente.analytics.service.period.Grain;
import org.entente.analytics.service.stats.DyadKey;

/**
 * A validated trends query.
 *
 * @param a      first country
 * @param b      second country (not {@code a})
 * @param grain  the periods' length
 * @param from   start of the first period asked for, or null for the pair's first period with events
 * @param to     start of the last period asked for, or null for the pair's last period with events
 * @param window periods per moving window and per slope fit
 */
public record TrendQuery(String a, String b, Grain grain, LocalDate from, LocalDate to, int window) {

    public TrendQuery {
        Objects.requireNonNull(grain, "grain");
        if (from != null && !grain.startOf(from).equals(from) || to != null && !grain.startOf(to).equals(to)) {
            throw new IllegalArgumentException("from and to must start " + grain.wireName() + " periods");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to is before from");
        }
    }

    public String dyad() {
        return DyadKey.of(a, b);
    }
}
