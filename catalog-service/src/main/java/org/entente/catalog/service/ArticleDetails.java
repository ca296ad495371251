package org.entente.catalog.service;

import java.util.function.Consumer;
import org.entente.catalog.model.Article;
import org.entente.catalog.service.merge.PartialDate;
import org.entente.contract.ArticleIngested;
import org.entente.contract.ArticleRef;

/**
 * Copies what messages say about an article into the stored article. Facts carry a reference to their article
 * and may arrive before the article's announcement, so both complete the same row: a fact only fills what is
 * still unknown, the announcement (ingest-service's own record) wins.
 */
final class ArticleDetails {

    private ArticleDetails() {
    }

    /** Fills the fields the reference knows and the article does not. */
    static void fillMissing(Article article, ArticleRef ref) {
        setIfMissing(article.title, ref.title(), v -> article.title = v);
        setIfMissing(article.url, ref.url(), v -> article.url = v);
        setIfMissing(article.source, ref.source(), v -> article.source = v);
        setIfMissing(article.publishedBy, ref.publishedBy(), v -> article.publishedBy = v);
        if (article.published == null && ref.published() != null) {
            setPublished(article, ref.published());
        }
    }

    /** Takes everything the announcement says, keeping what it leaves out. */
    static void apply(Article article, ArticleIngested announcement) {
        ArticleRef ref = announcement.article();
        setIfPresent(ref.title(), v -> article.title = v);
        setIfPresent(ref.url(), v -> article.url = v);
        setIfPresent(ref.source(), v -> article.source = v);
        setIfPresent(ref.publishedBy(), v -> article.publishedBy = v);
        if (ref.published() != null) {
            setPublished(article, ref.published());
        }
        article.textSha256 = announcement.textSha256();
        article.textLength = announcement.textLength();
        article.mediaType = announcement.mediaType();
        article.announcedEvents = announcement.events();
        article.announcedAgreements = announcement.agreements();
        article.announcedTrade = announcement.trade();
        article.ingestedAt = announcement.ingestedAt();
    }

    private static void setPublished(Article article, String published) {
        PartialDate date = PartialDate.parse(published);
        article.published = published;
        article.publishedStart = date.start();
        article.publishedEnd = date.end();
        article.sortKey = Math.toIntExact(date.start().toEpochDay());
    }

    private static void setIfMissing(String current, String offered, Consumer<String> setter) {
        if (current == null && offered != null) {
            setter.accept(offered);
        }
    }

    private static void setIfPresent(String offered, Consumer<String> setter) {
        if (offered != null) {
            setter.accept(offered);
        }
    }
}
