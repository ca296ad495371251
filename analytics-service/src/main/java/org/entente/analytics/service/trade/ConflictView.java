package org.entente.analytics.service.trade;

import java.util.List;

/**
 * Claims that disagree about one series in one year.
 *
 * @param series  the series
 * @param chosen  entity id of the figure the year's numbers use
 * @param figures every claim, the chosen one first
 */
public record ConflictView(TradeSeries series, String chosen, List<FigureView> figures) {
}
