package org.entente.ingest.rest;

/**
 * The article part of an extract answer.
 *
 * @param id          the id the article would have if ingested
 * @param title       title, or null
 * @param url         address, or null
 * @param source      publisher or site, or null
 * @param published   the publication date used to resolve relative dates, or null
 * @param publishedBy how it was found ({@code request}, {@code metadata}, ..., {@code none})
 */
public record ExtractedArticle(String id, String title, String url, String source, String published,
                               String publishedBy) {
}
