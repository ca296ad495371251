package org.entente.analytics.service.trade;

/**
 * Compound annual growth of the two-way total.
 *
 * @param fromYear first year with a total in the range
 * @param toYear   last year with a total in the range
 * @param rate     the yearly rate that leads from the first total to the last, as a fraction
 */
public record CompoundGrowth(int fromYear, int toYear, double rate) {
}
