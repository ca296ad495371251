package org.entente.analytics.service.trade;

import java.util.List;

/**
 * A trade claim as the API returns it.
 *
 * @param entityId the catalog's entity id
 * @param series   {@code aToB}, {@code bToA} or {@code statedTotal}
 * @param year     the year, or null for an undated ("per year") figure
 * @param valueUsd value in US dollars
 * @param basis    {@code actual} or {@code estimate}
 * @param articles ids of the articles that state it
 */
public record FigureView(String entityId, TradeSeries series, Integer year, double valueUsd, String basis,
                         List<String> articles) {

    static FigureView of(TradeFigure figure, String a) {
        return new FigureView(figure.entityId(), TradeSeries.of(figure, a), figure.year(), figure.valueUsd(),
                figure.basis(), figure.articles());
    }
}
