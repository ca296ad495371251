package org.entente.contract;

/** Topic names and CloudEvents types shared by producers and consumers. */
public final class Topics {
    public static final String ARTICLES_INGESTED = "articles.ingested";
    public static final String FACTS_EXTRACTED = "facts.extracted";
    public static final String CATALOG_FACTS = "catalog.facts";

    public static final String TYPE_ARTICLE_INGESTED = "org.entente.article.ingested.v1";
    public static final String TYPE_FACT_EXTRACTED = "org.entente.fact.extracted.v1";
    public static final String TYPE_CATALOG_CHANGE = "org.entente.catalog.change.v1";

    private Topics() {
    }
}
