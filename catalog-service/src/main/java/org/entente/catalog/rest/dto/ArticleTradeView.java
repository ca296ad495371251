package org.entente.catalog.rest.dto;

/**
 * A trade figure as one article states it.
 *
 * @param tradeId    the catalog trade figure it supports
 * @param factId     the fact's id within the article
 * @param exporter   alpha-3
 * @param importer   alpha-3
 * @param flow       export or total
 * @param year       the year, or null
 * @param valueUsd   the value in US dollars
 * @param amount     the amount as stated
 * @param currency   the stated amount's currency
 * @param basis      actual, estimate or target
 * @param product    the product, or null for all goods
 * @param evidence   the sentence
 * @param confidence the extraction's confidence, 0 to 1
 */
public record ArticleTradeView(Long tradeId, String factId, String exporter, String importer, String flow,
                               Integer year, Double valueUsd, Double amount, String currency, String basis,
                               String product, EvidenceView evidence, double confidence) {
}
