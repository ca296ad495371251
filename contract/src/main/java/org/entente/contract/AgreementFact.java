package org.entente.contract;

import java.util.List;

/**
 * A status of a treaty, pact, MoU, contract or protocol.
 *
 * @param parties       alpha-3 codes, sorted
 * @param title         the agreement's name or a short description
 * @param type          {@code treaty}, {@code pact}, {@code mou}, {@code contract}, {@code protocol}, {@code agreement}
 * @param domain        {@code defence}, {@code security}, {@code diplomacy}, {@code trade}, {@code energy},
 *                      {@code tourism}, {@code culture}, {@code maritime}, {@code economy}, {@code education}, {@code other}
 * @param status        {@code proposed}, {@code signed}, {@code in_force}, {@code stalled}, {@code withdrawn}, {@code ended}
 * @param date          the date of the status, or null
 * @param datePrecision {@code day}, {@code month}, {@code year} or null
 */
public record AgreementFact(List<String> parties, String title, String type, String domain, String status,
                            String date, String datePrecision) {
}
