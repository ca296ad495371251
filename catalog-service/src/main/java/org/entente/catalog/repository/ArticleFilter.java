package org.entente.catalog.repository;

/**
 * Which articles to list; null fields do not filter.
 *
 * @param published the range the publication date must lie in
 * @param text      a web-style full-text query over the titles
 */
public record ArticleFilter(DateRange published, String text) {
}
