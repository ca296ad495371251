package org.entente.localstack.stack;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading catalog-service's {@code GET /api/articles/{id}} answer. */
public final class CatalogArticle {

    private CatalogArticle() {
    }

    /**
     * The fact statements the catalog shows for the article: its event mentions, agreement mentions and trade
     * figures, one per fact ingest-service extracted and the catalog applied.
     */
    public static int statements(JsonNode article) {
        return article.path("events").size() + article.path("agreements").size() + article.path("trade").size();
    }
}
