package org.entente.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.entente.catalog.model.Article;
import org.entente.catalog.repository.AgreementMentionRepository;
import org.entente.catalog.repository.ArticleRepository;
import org.entente.catalog.repository.DyadLocks;
import org.entente.catalog.repository.EventMentionRepository;
import org.entente.catalog.repository.TradeMentionRepository;

/**
 * Removes an article and everything it contributed: its mentions go, every merge key they belonged to is
 * recomputed, so facts left without mentions are retracted and facts that keep other mentions are recomputed
 * and republished, all in one transaction.
 */
@ApplicationScoped
public class ArticleDeletion {

    private final ArticleRepository articles;
    private final EventMentionRepository eventMentions;
    private final AgreementMentionRepository agreementMentions;
    private final TradeMentionRepository tradeMentions;
    private final EventCatalog events;
    private final AgreementCatalog agreements;
    private final TradeCatalog trade;
    private final SigningLinks signingLinks;
    private final DyadLocks locks;

    ArticleDeletion(ArticleRepository articles, EventMentionRepository eventMentions,
                    AgreementMentionRepository agreementMentions, TradeMentionRepository tradeMentions,
                    EventCatalog events, AgreementCatalog agreements, TradeCatalog trade, SigningLinks signingLinks,
                    DyadLocks locks) {
        this.articles = articles;
        this.eventMentions = eventMentions;
        this.agreementMentions = agreementMentions;
        this.tradeMentions = tradeMentions;
        this.events = events;
        this.agreements = agreements;
        this.trade = trade;
        this.signingLinks = signingLinks;
        this.locks = locks;
    }

    /**
     * Deletes an article and its contributions.
     *
     * @return false when there is no such article
     */
    @Transactional
    public boolean delete(String articleId) {
        Optional<Article> article = articles.lock(articleId);
        if (article.isEmpty()) {
            return false;
        }
        TreeSet<String> dyads = new TreeSet<>(eventMentions.dyadsOfArticle(articleId));
        dyads.addAll(agreementMentions.dyadsOfArticle(articleId));
        dyads.addAll(tradeMentions.dyadsOfArticle(articleId));
        locks.lock(dyads);

        List<String> eventKeys = eventMentions.mergeKeysOfArticle(articleId);
        List<String> agreementKeys = agreementMentions.mergeKeysOfArticle(articleId);
        List<String> tradeKeys = tradeMentions.mergeKeysOfArticle(articleId);
        eventMentions.delete("articleId", articleId);
        agreementMentions.delete("articleId", articleId);
        tradeMentions.delete("articleId", articleId);
        eventKeys.forEach(events::recompute);
        agreementKeys.forEach(agreements::recompute);
        tradeKeys.forEach(trade::recompute);

        dyads.forEach(signingLinks::refresh);
        articles.delete(article.get());
        return true;
    }
}
