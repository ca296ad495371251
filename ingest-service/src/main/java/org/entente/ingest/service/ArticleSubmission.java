package org.entente.ingest.service;

import java.util.Objects;

/**
 * One article as a client sent it.
 *
 * @param metadata what the client says about it
 * @param content  its text or file
 */
public record ArticleSubmission(ArticleMetadata metadata, ArticleContent content) {

    public ArticleSubmission {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(content, "content");
    }
}
