package org.entente.catalog.rest.dto;

import java.time.Instant;

/**
 * One entry of an agreement's status history: a status as one article states it.
 *
 * @param status        the stated status
 * @param date          the date of that status, or null
 * @param datePrecision that date's precision
 * @param title         the title the article uses
 * @param articleId     the article
 * @param factId        the fact's id within the article
 * @param evidence      the sentence
 * @param confidence    the extraction's confidence, 0 to 1
 * @param reportedAt    when the statement was extracted
 */
public record StatusEntryView(String status, String date, String datePrecision, String title, String articleId,
                              String factId, EvidenceView evidence, double confidence, Instant reportedAt) {
}
