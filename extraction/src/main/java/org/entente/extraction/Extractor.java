package org.entente.extraction;

/**
 * Turns one article into facts. Implementations are thread-safe and keep no state between calls, so one
 * instance serves every request.
 */
public interface Extractor {

    /**
     * Extracts the facts of one article.
     *
     * @param document the article
     * @return the normalised text, the publication date used and the facts, each with evidence whose offsets
     *         refer to {@link Extraction#text()}
     */
    Extraction extract(Document document);
}
