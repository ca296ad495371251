package org.entente.analytics.service.trade;

import java.util.List;

/** Builders of trade claims between Pakistan and Iraq for the trade tests. */
final class TradeFixtures {

    private static int ids;

    private TradeFixtures() {
    }

    static TradeFigure export(String exporter, String importer, Integer year, double value, String basis) {
        return figure(exporter, importer, "export", year, value, basis, 1, false, "art-" + (ids + 1));
    }

    static TradeFigure total(Integer year, double value, String basis) {
        return figure("IRQ", "PAK", "total", year, value, basis, 1, false, "art-" + (ids + 1));
    }

    static TradeFigure figure(String exporter, String importer, String flow, Integer year, Double value, String basis,
                              int mentions, boolean conflict, String article) {
        ids++;
        return new TradeFigure(String.format("t%03d", ids), exporter, importer, flow, year, value, basis, null,
                mentions, List.of(article), conflict);
    }
}
