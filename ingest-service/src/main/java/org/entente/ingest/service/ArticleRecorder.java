package org.entente.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.entente.extraction.Extraction;
import org.entente.ingest.messaging.OutboxMessages;
import org.entente.ingest.model.Article;
import org.entente.ingest.model.OutboxMessage;

import java.time.Instant;

/**
 * Stores an analysed article and its Kafka messages in one transaction, unless the same text is already stored.
 */
@ApplicationScoped
public class ArticleRecorder {

    private final OutboxMessages messages;

    public ArticleRecorder(OutboxMessages messages) {
        this.messages = messages;
    }

    /**
     * @param article the analysed article
     * @param at      the time of acceptance
     * @return the new article's counts, or the stored article's with {@code duplicate} set
     */
    @Transactional
    public IngestOutcome record(AnalyzedArticle article, Instant at) {
        Article row = row(article, at);
        if (!Article.insertIfAbsent(row)) {
            Article stored = Article.findById(article.id());
            return new IngestOutcome(stored.id, true, stored.events, stored.agreements, stored.trade);
        }
        OutboxMessage.insertAll(messages.forArticle(article, at));
        return new IngestOutcome(row.id, false, row.events, row.agreements, row.trade);
    }

    private static Article row(AnalyzedArticle article, Instant at) {
        Extraction x = article.extraction();
        Article row = new Article();
        row.id = article.id();
        row.title = article.title();
        row.url = article.url();
        row.source = article.source();
        row.published = article.published();
        row.publishedBy = article.publishedBy();
        row.mediaType = article.mediaType();
        row.textLength = x.text().length();
        row.events = x.events().size();
        row.agreements = x.agreements().size();
        row.trade = x.trade().size();
        row.ingestedAt = at;
        return row;
    }
}
