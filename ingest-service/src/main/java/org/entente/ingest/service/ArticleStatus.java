package org.entente.ingest.service;

import java.time.Instant;

/**
 * The ingest record of one article.
 *
 * @param id              hex SHA-256 of the normalised text
 * @param title           title, or null
 * @param url             address, or null
 * @param source          publisher or site, or null
 * @param published       publication date at its precision, or null
 * @param publishedBy     how the publication date was found
 * @param mediaType       the type the article was uploaded as
 * @param textLength      characters of normalised text
 * @param events          events extracted
 * @param agreements      agreement facts extracted
 * @param trade           trade figures extracted
 * @param ingestedAt      when it was accepted
 * @param publishState    {@code pending} while some of its messages wait for Kafka, then {@code published}
 * @param pendingMessages its messages still waiting for Kafka
 */
public record ArticleStatus(String id, String title, String url, String source, String published,
                            String publishedBy, String mediaType, int textLength, int events, int agreements,
                            int trade, Instant ingestedAt, String publishState, long pendingMessages) {
}
