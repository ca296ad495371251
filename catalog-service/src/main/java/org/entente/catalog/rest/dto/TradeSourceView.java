package org.entente.catalog.rest.dto;

import java.time.Instant;

/**
 * One article's claim of a trade figure, as stated.
 *
 * @param articleId  the article
 * @param factId     the fact's id within the article
 * @param valueUsd   the value in US dollars it gives
 * @param amount     the amount as stated
 * @param currency   the stated amount's currency
 * @param product    the product as the article names it
 * @param evidence   the sentence
 * @param confidence the extraction's confidence, 0 to 1
 * @param reportedAt when the claim was extracted
 */
public record TradeSourceView(String articleId, String factId, Double valueUsd, Double amount, String currency,
                              String product, EvidenceView evidence, double confidence, Instant reportedAt) {
}
