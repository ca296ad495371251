package org.entente.catalog.rest.dto;

import java.time.Instant;

/**
 * One article's statement of an event, as the article states it.
 *
 * @param articleId     the article
 * @param factId        the fact's id within the article
 * @param source        the actor it names
 * @param target        the party acted on
 * @param cameo         the CAMEO code it was coded as
 * @param date          the date it gives, or null
 * @param datePrecision that date's precision
 * @param evidence      the sentence
 * @param confidence    the extraction's confidence, 0 to 1
 * @param reportedAt    when the statement was extracted
 */
public record EventMentionView(String articleId, String factId, String source, String target, String cameo,
                               String date, String datePrecision, EvidenceView evidence, double confidence,
                               Instant reportedAt) {
}
