package org.entente.analytics.service.trade;

/**
 * The most recent known figure of a series.
 *
 * @param year     its year
 * @param valueUsd its value
 * @param basis    {@code actual} or {@code estimate}
 */
public record LatestFigure(int year, double valueUsd, String basis) {
}
