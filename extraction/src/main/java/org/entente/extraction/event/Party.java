package org.entente.extraction.event;

import org.entente.extraction.ActorRef;

/**
 * One side of an event: a state (or {@code IGO}) and the phrase that named it.
 *
 * @param code      alpha-3 code or {@code IGO}
 * @param ref       the phrase and why it names the state
 * @param certainty how surely the phrase is this side of the event, 0 to 1
 */
record Party(String code, ActorRef ref, double certainty) {
}
