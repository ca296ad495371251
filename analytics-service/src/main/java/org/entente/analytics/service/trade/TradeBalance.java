package org.entente.analytics.service.trade;

import java.util.List;

/**
 * The answer to a trade-balance query. Only figures for all goods with a US-dollar value are used; figures for a
 * single product and figures in other currencies are left out.
 *
 * @param a       first country as asked
 * @param b       second country as asked
 * @param from    first year listed, null when there is nothing to list
 * @param to      last year listed, likewise
 * @param years   every year from {@code from} to {@code to}, those without figures with nulls
 * @param cagr    compound annual growth of the total between the first and last years with a total, or null
 * @param targets every stated goal of the pair, whatever its year
 * @param undated figures without a year ("per year", "current"), not in any year
 */
public record TradeBalance(String a, String b, Integer from, Integer to, List<TradeYear> years, CompoundGrowth cagr,
                           List<TargetView> targets, List<FigureView> undated) {
}
