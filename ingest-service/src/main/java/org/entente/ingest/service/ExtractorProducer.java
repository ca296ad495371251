package org.entente.ingest.service;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.entente.extraction.ExtractionEngine;
import org.entente.extraction.Extractor;

/** The application's one extraction engine: it loads its dictionaries once and is shared by every request. */
@Singleton
public class ExtractorProducer {

    @Produces
    @Singleton
    Extractor extractor() {
        return ExtractionEngine.create();
    }
}
