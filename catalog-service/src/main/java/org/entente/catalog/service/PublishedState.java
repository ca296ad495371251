package org.entente.catalog.service;

import java.util.List;
import org.entente.catalog.model.Agreement;
import org.entente.catalog.model.CatalogEvent;
import org.entente.catalog.model.TradeFigure;
import org.entente.contract.AgreementFact;
import org.entente.contract.EventFact;
import org.entente.contract.TradeFact;

/**
 * What the catalog publishes about one canonical fact on {@code catalog.facts}. A fact's version increases, and
 * a change is published, exactly when this state changes.
 *
 * @param kind      {@code event}, {@code agreement} or {@code trade}
 * @param entityId  the fact's id
 * @param dyad      its parties, sorted and joined with {@code -}
 * @param event     the event, for kind event
 * @param agreement the current status, for kind agreement
 * @param trade     the figure, for kind trade
 * @param mentions  the number of mentions
 * @param articles  the articles that mention it, sorted
 * @param conflict  whether sources disagree (trade only)
 */
public record PublishedState(String kind, long entityId, String dyad, EventFact event, AgreementFact agreement,
                             TradeFact trade, int mentions, List<String> articles, boolean conflict) {

    /** The state of an event. */
    public static PublishedState of(CatalogEvent e) {
        EventFact fact = new EventFact(e.source, e.target, e.cameo, e.quad, e.goldstein, e.date, e.datePrecision);
        return new PublishedState("event", e.id, e.dyad, fact, null, null, e.mentionCount, List.copyOf(e.articles),
                false);
    }

    /** The state of an agreement. */
    public static PublishedState of(Agreement a) {
        AgreementFact fact = new AgreementFact(List.copyOf(a.parties), a.title, a.type, a.domain, a.status, a.date,
                a.datePrecision);
        return new PublishedState("agreement", a.id, a.dyad, null, fact, null, a.mentionCount,
                List.copyOf(a.articles), false);
    }

    /** The state of a trade figure. */
    public static PublishedState of(TradeFigure t) {
        TradeFact fact = new TradeFact(t.exporter, t.importer, t.flow, t.year, t.valueUsd, t.amount, t.currency,
                t.basis, t.product);
        return new PublishedState("trade", t.id, t.dyad, null, null, fact, t.mentionCount, List.copyOf(t.articles),
                t.conflict);
    }
}
