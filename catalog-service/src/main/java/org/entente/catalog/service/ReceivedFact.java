package org.entente.catalog.service;

import org.entente.contract.ExtractedFact;

/**
 * An extracted fact as it came off {@code facts.extracted}.
 *
 * @param fact      the fact
 * @param messageId the message's CloudEvents id, or null when it has none
 */
public record ReceivedFact(ExtractedFact fact, String messageId) {
}
