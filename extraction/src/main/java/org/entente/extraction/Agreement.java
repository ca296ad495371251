package org.entente.extraction;

import java.util.List;

/**
 * One status of an agreement between states.
 *
 * @param parties    alpha-3 codes, sorted
 * @param title      name or short description
 * @param type       treaty, pact, mou, contract, protocol, agreement
 * @param domain     defence, security, diplomacy, trade, energy, tourism, culture, maritime, economy, education, other
 * @param status     proposed, signed, in_force, stalled, withdrawn, ended
 * @param date       date of the status, or null
 * @param evidence   statements of it, first one first
 * @param confidence 0 to 1
 * @param actors     how the parties were resolved
 */
public record Agreement(List<String> parties, String title, String type, String domain, String status,
                        FuzzyDate date, List<Evidence> evidence, double confidence, List<ActorRef> actors) {
}
