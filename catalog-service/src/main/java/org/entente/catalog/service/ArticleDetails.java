package org.entente.catalog.service;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.entente.catalog.model.Article;
import org.entente.catalog.service.merge.PartialDate;
import org.entente.contract.ArticleIngested;
import org.entente.contract.ArticleRef;

/**
 * Copies what messages say about an article into the stored article. Facts carry a reference to their article
 * and may arrive before the article's announcement, so both complete the same row: a fact only fills what is
 * still unknown, the announcement (ingest-service's own record) wins.
 *
 * <p>A batch of messages is first folded into one unsaved article per id ({@link #offered}, {@link #announced}),
 * in message order, which the repository then merges into the stored rows with the same rule
 * ({@link org.entente.catalog.repository.ArticleRepository#fillMissingAll},
 * {@link org.entente.catalog.repository.ArticleRepository#announceAll}): the outcome is that of the messages
 * applied one by one.
 */
final class ArticleDetails {

    private ArticleDetails() {
    }

    /** What the references offer, per article id (in id order): for each detail, the first reference's that has it. */
    static Map<String, Article> offered(List<ArticleRef> refs) {
        Map<String, Article> offered = new TreeMap<>();
        refs.forEach(ref -> fillMissing(offered.computeIfAbsent(ref.id(), ArticleDetails::unsaved), ref));
        return offered;
    }

    /**
     * What the announcements say, per article id (in id order): for each detail, the last announcement's that gives
     * it; the text, counts and ingestion time of the last announcement.
     */
    static Map<String, Article> announced(List<ArticleIngested> announcements) {
        Map<String, Article> announced = new TreeMap<>();
        announcements.forEach(a -> apply(announced.computeIfAbsent(a.article().id(), ArticleDetails::unsaved), a));
        return announced;
    }

    private static Article unsaved(String id) {
        Article article = new Article();
        article.id = id;
        return article;
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
