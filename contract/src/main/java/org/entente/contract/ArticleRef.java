package org.entente.contract;

/**
 * The article a fact comes from, carried with every fact so that a consumer never depends on the order of
 * two topics.
 *
 * @param id          article id, derived from the normalised text (the same text always has the same id)
 * @param title       title, when known
 * @param url         where the article was published, when known
 * @param source      the publisher or site, when known
 * @param published   publication date ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}), or null
 * @param publishedBy how the publication date was found: {@code request}, {@code metadata}, {@code dateline},
 *                    {@code byline}, {@code copyright} or {@code none}
 */
public record ArticleRef(String id, String title, String url, String source, String published, String publishedBy) {
}
