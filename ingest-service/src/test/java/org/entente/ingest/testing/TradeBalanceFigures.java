package org.entente.ingest.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every trade figure an answer of analytics' {@code GET /api/analytics/trade-balance} shows: the figures used per
 * year, the competing claims listed under {@code conflicts}, the {@code targets} and the {@code undated} figures.
 */
public final class TradeBalanceFigures {

    /**
     * One figure as the answer shows it.
     *
     * @param series   {@code aToB}, {@code bToA} or {@code statedTotal}; targets are {@code target:<series>}
     * @param year     its year, or null
     * @param valueUsd its value
     * @param articles the articles stating it
     */
    public record Figure(String series, Integer year, double valueUsd, Set<String> articles) {

        /** Whether this figure has the given series and year and, to a millionth, the given value. */
        public boolean matches(String series, Integer year, double valueUsd) {
            return this.series.equals(series) && java.util.Objects.equals(this.year, year)
                    && Math.abs(this.valueUsd - valueUsd) <= Math.abs(valueUsd) * 1e-6;
        }
    }

    private static final List<String> SERIES = List.of("aToB", "bToA", "statedTotal");

    private TradeBalanceFigures() {
    }

    /** The figures of one trade-balance answer. */
    public static List<Figure> of(JsonNode balance) {
        List<Figure> figures = new ArrayList<>();
        for (JsonNode year : balance.path("years")) {
            for (String series : SERIES) {
                if (year.path(series).isNumber()) {
                    figures.add(new Figure(series, year.path("year").asInt(), year.path(series).asDouble(),
                            texts(year.path("articles").path(series))));
                }
            }
            for (JsonNode conflict : year.path("conflicts")) {
                conflict.path("figures").forEach(f -> figures.add(figure(f.path("series").asText(), f)));
            }
        }
        balance.path("targets").forEach(f -> figures.add(figure("target:" + f.path("series").asText(), f)));
        balance.path("undated").forEach(f -> figures.add(figure(f.path("series").asText(), f)));
        return figures;
    }

    private static Figure figure(String series, JsonNode f) {
        Integer year = f.path("year").isNumber() ? f.path("year").asInt() : null;
        return new Figure(series, year, f.path("valueUsd").asDouble(), texts(f.path("articles")));
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new TreeSet<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
