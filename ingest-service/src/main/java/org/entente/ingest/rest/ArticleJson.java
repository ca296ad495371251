package org.entente.ingest.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An article sent as JSON.
 *
 * @param title     title, optional
 * @param url       where it was published, optional
 * @param published publication date {@code YYYY-MM-DD}, optional
 * @param source    publisher or site, optional
 * @param text      the article's plain text, required
 */
@Schema(name = "ArticleUpload", description = "An article as JSON; only text is required.")
public record ArticleJson(String title, String url,
                          @Schema(format = "date", example = "2024-05-17") String published,
                          String source,
                          @Schema(required = true) String text) {
}
