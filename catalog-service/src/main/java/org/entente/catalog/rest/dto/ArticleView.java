package org.entente.catalog.rest.dto;

import java.time.Instant;

/**
 * An article the catalog has facts from.
 *
 * @param id          article id (derived from its normalised text by ingest-service)
 * @param title       title, when known
 * @param url         where it was published, when known
 * @param source      publisher or site, when known
 * @param published   publication date ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}), or null
 * @param publishedBy how the publication date was found
 * @param mediaType   the media type it was uploaded as
 * @param textLength  length of its normalised text
 * @param textSha256  hex SHA-256 of its normalised text
 * @param ingestedAt  when ingest-service accepted it (null until its announcement arrives)
 * @param receivedAt  when the catalog first heard of it
 */
public record ArticleView(String id, String title, String url, String source, String published,
                          String publishedBy, String mediaType, Integer textLength, String textSha256,
                          Instant ingestedAt, Instant receivedAt) {
}
