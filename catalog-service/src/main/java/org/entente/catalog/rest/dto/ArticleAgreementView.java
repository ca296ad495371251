package org.entente.catalog.rest.dto;

import java.util.List;

/**
 * An agreement status as one article states it.
 *
 * @param agreementId   the catalog agreement it is a statement of
 * @param factId        the fact's id within the article
 * @param parties       alpha-3 codes, sorted
 * @param title         the title the article uses
 * @param type          the agreement type
 * @param domain        the domain
 * @param status        the stated status
 * @param date          the date of that status, or null
 * @param datePrecision that date's precision
 * @param evidence      the sentence
 * @param confidence    the extraction's confidence, 0 to 1
 */
public record ArticleAgreementView(Long agreementId, String factId, List<String> parties, String title, String type,
                                   String domain, String status, String date, String datePrecision,
                                   EvidenceView evidence, double confidence) {
}
