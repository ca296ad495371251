package org.entente.ingest.service;

/**
 * The answer to an upload.
 *
 * @param id         the article's id
 * @param duplicate  true when the same text was already ingested (nothing new was stored or published)
 * @param events     events extracted from the article
 * @param agreements agreement facts extracted
 * @param trade      trade figures extracted
 */
public record IngestOutcome(String id, boolean duplicate, int events, int agreements, int trade) {
}
