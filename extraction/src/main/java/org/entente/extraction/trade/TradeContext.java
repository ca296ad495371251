package org.entente.extraction.trade;

import java.util.Optional;
import java.util.Set;

import org.entente.extraction.actor.DocumentActors.StatePair;

/**
 * What the article says around a sentence that a trade figure may need.
 *
 * @param mainPair       the article's two main states
 * @param previousStates the states of the previous sentence of the paragraph
 * @param lastOwner      the state whose trade the last trade sentence of the paragraph told ("India" in "India
 *                       imported ... and exported ..."), or null
 * @param lastOther      the other side of that trade, or null
 */
record TradeContext(Optional<StatePair> mainPair, Set<String> previousStates, String lastOwner, String lastOther) {
}
