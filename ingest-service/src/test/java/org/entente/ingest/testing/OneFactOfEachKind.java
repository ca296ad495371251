package org.entente.ingest.testing;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import org.entente.extraction.Agreement;
import org.entente.extraction.Document;
import org.entente.extraction.Event;
import org.entente.extraction.Evidence;
import org.entente.extraction.Extraction;
import org.entente.extraction.ExtractionEngine;
import org.entente.extraction.Extractor;
import org.entente.extraction.FuzzyDate;
import org.entente.extraction.TradeFigure;

import java.util.List;

/**
 * The real engine's text and publication date, plus one Pakistan–Iraq fact of each kind: lets the Kafka round trip
 * check every message kind whatever the engine extracts today. Enabled only by {@link OneFactOfEachKindProfile}.
 */
@Alternative
@Singleton
public class OneFactOfEachKind implements Extractor {

    private final Extractor engine = ExtractionEngine.create();

    @Override
    public Extraction extract(Document document) {
        Extraction real = engine.extract(document);
        String text = real.text();
        Evidence evidence = new Evidence(text.substring(0, Math.min(50, text.length())), text, 0, text.length(), 0);
        Event event = new Event("PAK", "IRQ", "036", 1, 4.0, FuzzyDate.ofYear(2021), List.of(evidence), 0.9,
                List.of());
        Agreement agreement = new Agreement(List.of("IRQ", "PAK"), "defence pact", "pact", "defence", "signed",
                FuzzyDate.ofMonth(2021, 3), List.of(evidence), 0.8, List.of());
        TradeFigure trade = new TradeFigure("IRQ", "PAK", "export", 2021, 2.0e8, 200, "USD", "actual", "oil",
                List.of(evidence), 0.7, List.of());
        return new Extraction(text, real.published(), List.of(event), List.of(agreement), List.of(trade));
    }
}
