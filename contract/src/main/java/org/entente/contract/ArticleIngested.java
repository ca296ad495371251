package org.entente.contract;

import java.time.Instant;

/**
 * Published on {@code articles.ingested} once an article is accepted, keyed by article id.
 *
 * @param article    the article
 * @param textSha256 hex SHA-256 of the normalised text
 * @param textLength length of the normalised text in characters
 * @param mediaType  the media type the article was uploaded as
 * @param events     number of events extracted
 * @param agreements number of agreement facts extracted
 * @param trade      number of trade figures extracted
 * @param ingestedAt when ingest-service accepted it
 */
public record ArticleIngested(ArticleRef article, String textSha256, int textLength, String mediaType,
                              int events, int agreements, int trade, Instant ingestedAt) {
}
