package org.entente.catalog.rest.dto;

/**
 * An event as one article states it.
 *
 * @param eventId       the catalog event it is a mention of
 * @param factId        the fact's id within the article
 * @param source        actor
 * @param target        acted on
 * @param cameo         CAMEO code
 * @param quad          quad class
 * @param date          the date it gives, or null
 * @param datePrecision that date's precision
 * @param evidence      the sentence
 * @param confidence    the extraction's confidence, 0 to 1
 */
public record ArticleEventView(Long eventId, String factId, String source, String target, String cameo, int quad,
                               String date, String datePrecision, EvidenceView evidence, double confidence) {
}
