package org.entente.contract;

import java.time.Instant;
import java.util.List;

/**
 * A change to one canonical catalog fact, published on {@code catalog.facts} keyed by {@link #dyad()}.
 * It carries the entity's whole current state, so a consumer keeps the latest {@link #version()} per
 * {@link #entityId()} and can rebuild any read model by replaying the topic.
 *
 * @param changeId   unique id of this change (consumers use it to drop redeliveries)
 * @param op         {@code upsert} (created or changed) or {@code retract} (no mention left; payload is the last state)
 * @param kind       {@code event}, {@code agreement} or {@code trade}
 * @param entityId   catalog id of the canonical fact, unique within its {@code kind} (events, agreements and trade
 *                   figures are numbered apart, so consumers key entities by kind and id)
 * @param version    increases with every change of the entity
 * @param dyad       the parties' codes sorted and joined with {@code -}
 * @param event      the event's state when kind is {@code event}
 * @param agreement  the agreement's current status when kind is {@code agreement}
 * @param trade      the trade claim when kind is {@code trade}
 * @param mentions   number of mentions behind the fact
 * @param articles   ids of the articles that mention it
 * @param conflict   true when sources disagree about this fact (trade figures of the same flow and year)
 * @param occurredAt when the catalog made the change
 */
public record CatalogChange(String changeId, String op, String kind, String entityId, long version, String dyad,
                            EventFact event, AgreementFact agreement, TradeFact trade,
                            int mentions, List<String> articles, boolean conflict, Instant occurredAt) {
}
