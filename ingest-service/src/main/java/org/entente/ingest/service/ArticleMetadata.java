package org.entente.ingest.service;

import java.time.LocalDate;

/**
 * What the client says about an article, besides its text. Every field may be null.
 *
 * @param title     the title
 * @param url       where it was published
 * @param source    the publisher or site
 * @param published the publication date
 */
public record ArticleMetadata(String title, String url, String source, LocalDate published) {

    /** Nothing known. */
    public static ArticleMetadata none() {
        return new ArticleMetadata(null, null, null, null);
    }
}
