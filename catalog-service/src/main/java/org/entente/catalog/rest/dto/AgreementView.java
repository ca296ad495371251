package org.entente.catalog.rest.dto;

import java.time.Instant;
import java.util.List;

/**
 * An agreement, merged from every statement of its status.
 *
 * @param id             catalog id
 * @param parties        alpha-3 codes, sorted
 * @param dyad           the parties joined with {@code -}
 * @param title          the title most statements use
 * @param type           treaty, pact, mou, contract, protocol or agreement
 * @param domain         defence, security, diplomacy, trade, energy, tourism, culture, maritime, economy,
 *                       education or other
 * @param status         the current status: proposed, signed, in_force, stalled, withdrawn or ended
 * @param date           the date of the current status, or null
 * @param datePrecision  that date's precision
 * @param signingEventId the 057 event that reports the signing, or null
 * @param mentionCount   how many statements there are
 * @param articles       the distinct articles that make them, sorted
 * @param firstReported  when the first statement was extracted
 * @param lastReported   when the latest statement was extracted
 * @param version        increases with every published change
 */
public record AgreementView(long id, List<String> parties, String dyad, String title, String type, String domain,
                            String status, String date, String datePrecision, Long signingEventId,
                            int mentionCount, List<String> articles, Instant firstReported, Instant lastReported,
                            long version) {
}
