package org.entente.analytics.service.trade;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.entente.analytics.config.AnalyticsConfig;
import org.entente.analytics.model.StoredTradeFigure;
import org.entente.analytics.service.stats.DyadKey;

/** Answers trade-balance queries from the pair's trade claims (one indexed read). */
@ApplicationScoped
public class TradeBalanceService {

    private final int maxYears;

    public TradeBalanceService(AnalyticsConfig config) {
        this.maxYears = config.trade().maxYears();
    }

    /**
     * The balance of {@code a} and {@code b}.
     *
     * @param from first year to list, or null for the first year with a figure
     * @param to   last year to list, or null for the last year with a figure
     * @throws org.entente.analytics.service.period.RangeTooLongException when the answer would list too many years
     */
    public TradeBalance balance(String a, String b, Integer from, Integer to) {
        List<TradeFigure> figures = StoredTradeFigure.ofDyad(DyadKey.of(a, b)).stream()
                .map(TradeBalanceService::figureOf)
                .toList();
        return TradeBalanceCalculator.calculate(a, b, from, to, figures, maxYears);
    }

    private static TradeFigure figureOf(StoredTradeFigure stored) {
        return new TradeFigure(stored.entityId, stored.exporter, stored.importer, stored.flow, stored.year,
                stored.valueUsd, stored.basis, stored.product, stored.mentions, List.copyOf(stored.articles),
                stored.conflict);
    }
}
