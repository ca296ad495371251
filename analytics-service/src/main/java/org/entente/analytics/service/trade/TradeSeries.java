package org.entente.analytics.service.trade;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which of a pair's trade series a figure belongs to, seen from the first country asked ({@code a}). */
public enum TradeSeries {
    A_TO_B("aToB"),
    B_TO_A("bToA"),
    STATED_TOTAL("statedTotal");

    private final String wireName;

    TradeSeries(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The series of {@code figure} in the pair ({@code a}, {@code b}). */
    public static TradeSeries of(TradeFigure figure, String a) {
        if (TradeFigure.FLOW_TOTAL.equals(figure.flow())) {
            return STATED_TOTAL;
        }
        return a.equals(figure.exporter()) ? A_TO_B : B_TO_A;
    }
}
