package org.entente.ingest.service;

import org.entente.extraction.Extraction;
import org.entente.extraction.PublicationDate;

/**
 * An article parsed and run through the extraction engine, not yet stored.
 *
 * @param id         hex SHA-256 of the normalised text: the same text always has the same id
 * @param title      the client's title, else the file's, or null
 * @param url        the client's URL, or null
 * @param source     the client's source, or null
 * @param mediaType  the type the text came in ({@code text/plain}, {@code application/pdf}, ...)
 * @param extraction the normalised text and its facts
 */
public record AnalyzedArticle(String id, String title, String url, String source, String mediaType,
                              Extraction extraction) {

    /** The publication date the extraction used, at its precision ({@code 2021-03-14}), or null. */
    public String published() {
        PublicationDate published = extraction.published();
        return published == null || published.date() == null ? null : published.date().iso();
    }

    /** How the publication date was found ({@code request}, {@code metadata}, ..., {@code none}). */
    public String publishedBy() {
        PublicationDate published = extraction.published();
        return published == null ? "none" : published.foundBy();
    }
}
