package org.entente.catalog.service.merge;

import java.time.Instant;

/**
 * One statement of an agreement's status, as a mention makes it.
 *
 * @param status     the stated status
 * @param date       the date of the status, or null
 * @param reportedAt when the statement reached the catalog
 * @param tieBreak   a value unique among the agreement's statements (article and fact id), for a total order
 */
public record StatusStatement(AgreementStatus status, PartialDate date, Instant reportedAt, String tieBreak) {
}
