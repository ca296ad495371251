package org.entente.extraction;

import java.util.List;

/**
 * What one article yields.
 *
 * @param text       the normalised text; every evidence offset refers to it
 * @param published  the publication date the extraction used to resolve relative dates, and how it was found
 * @param events     events, one per real-world happening (several statements of it are several evidences)
 * @param agreements agreement status facts
 * @param trade      trade figures
 */
public record Extraction(String text, PublicationDate published, List<Event> events, List<Agreement> agreements,
                         List<TradeFigure> trade) {

    public Extraction {
        events = List.copyOf(events);
        agreements = List.copyOf(agreements);
        trade = List.copyOf(trade);
    }

    /** Number of facts of all kinds. */
    public int size() {
        return events.size() + agreements.size() + trade.size();
    }
}
