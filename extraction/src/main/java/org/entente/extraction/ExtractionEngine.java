package org.entente.extraction;

import java.util.List;

/**
 * The extraction engine: normalise → sentences → actors, time, money → events, agreements, trade → merge.
 * Thread-safe; build one with {@link #create()} (it loads the dictionaries) and share it.
 *
 * <p>The pipeline stages are being assembled; until they are wired in, the engine only normalises line endings
 * and extracts nothing.
 */
public final class ExtractionEngine implements Extractor {

    private ExtractionEngine() {
    }

    /** An engine with the built-in dictionaries. */
    public static ExtractionEngine create() {
        return new ExtractionEngine();
    }

    @Override
    public Extraction extract(Document document) {
        String text = document.text().replace("\r\n", "\n");
        PublicationDate published = document.published() == null ? PublicationDate.none()
                : new PublicationDate(FuzzyDate.ofDay(document.published().getYear(),
                        document.published().getMonthValue(), document.published().getDayOfMonth()), "request", null);
        return new Extraction(text, published, List.of(), List.of(), List.of());
    }
}
