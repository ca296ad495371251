package org.entente.localstack.tools;

import java.util.Locale;

/** The analytics queries the benchmark measures, each for one pair of countries. */
public enum QueryKind {
    TRENDS_YEAR("trends period=year", "/api/analytics/trends?period=year"),
    TRENDS_QUARTER("trends period=quarter", "/api/analytics/trends?period=quarter"),
    TRENDS_MONTH("trends period=month", "/api/analytics/trends?period=month"),
    TRADE_BALANCE("trade-balance", "/api/analytics/trade-balance?");

    private final String label;
    private final String path;

    QueryKind(String label, String path) {
        this.label = label;
        this.path = path;
    }

    /** How the report names it. */
    public String label() {
        return label;
    }

    /** The path and query asking it for {@code a} and {@code b} (in that order). */
    public String pathFor(String a, String b) {
        String pair = "a=" + a.toUpperCase(Locale.ROOT) + "&b=" + b.toUpperCase(Locale.ROOT);
        return path.endsWith("?") ? path + pair : path + "&" + pair;
    }
}
