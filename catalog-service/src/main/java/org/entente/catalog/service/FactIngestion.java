package org.entente.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.entente.catalog.model.Article;
import org.entente.catalog.model.Dyads;
import org.entente.catalog.repository.ArticleRepository;
import org.entente.catalog.repository.DyadLocks;
import org.entente.catalog.repository.ProcessedMessageRepository;
import org.entente.contract.ArticleIngested;
import org.entente.contract.ExtractedFact;
import org.entente.contract.Topics;

/**
 * Applies the messages the catalog consumes, each in one transaction: the fact or announcement, the recomputed
 * canonical facts, the outbox messages announcing them and the record that the message was applied all commit
 * together or not at all.
 *
 * <p>Applying is idempotent twice over: a message whose CloudEvents id was already applied is skipped, and a
 * fact whose (article id, fact id) is already stored changes nothing, so a redelivered or re-published message
 * leaves the catalog as it was.
 */
@ApplicationScoped
public class FactIngestion {

    private final ProcessedMessageRepository processed;
    private final ArticleRepository articles;
    private final DyadLocks locks;
    private final EventCatalog events;
    private final AgreementCatalog agreements;
    private final TradeCatalog trade;
    private final SigningLinks signingLinks;
    private final Clock clock;

    FactIngestion(ProcessedMessageRepository processed, ArticleRepository articles, DyadLocks locks,
                  EventCatalog events, AgreementCatalog agreements, TradeCatalog trade, SigningLinks signingLinks,
                  Clock clock) {
        this.processed = processed;
        this.articles = articles;
        this.locks = locks;
        this.events = events;
        this.agreements = agreements;
        this.trade = trade;
        this.signingLinks = signingLinks;
        this.clock = clock;
    }

    /**
     * Applies one extracted fact.
     *
     * @param messageId the message's CloudEvents id, or null when it has none
     * @return false when the message or the fact had already been applied
     * @throws InvalidFactException when the fact breaks the contract
     */
    @Transactional
    public boolean ingest(ExtractedFact fact, String messageId) {
        FactValidator.validate(fact);
        Instant now = clock.instant();
        if (messageId != null && !processed.markProcessed(messageId, Topics.FACTS_EXTRACTED, now)) {
            return false;
        }
        Article article = articles.lockOrCreate(fact.article().id(), now);
        ArticleDetails.fillMissing(article, fact.article());
        String dyad = dyadOf(fact);
        locks.lock(dyad);
        boolean added = switch (fact.kind()) {
            case "event" -> events.add(fact, now);
            case "agreement" -> agreements.add(fact, now);
            default -> trade.add(fact, now);
        };
        if (added && !"trade".equals(fact.kind())) {
            signingLinks.refresh(dyad);
        }
        return added;
    }

    /**
     * Applies an article announcement from {@code articles.ingested}.
     *
     * @param messageId the message's CloudEvents id, or null when it has none
     * @return false when the message had already been applied
     * @throws InvalidFactException when the announcement has no article id or a malformed date
     */
    @Transactional
    public boolean announce(ArticleIngested announcement, String messageId) {
        FactValidator.validate(announcement);
        Instant now = clock.instant();
        if (messageId != null && !processed.markProcessed(messageId, Topics.ARTICLES_INGESTED, now)) {
            return false;
        }
        Article article = articles.lockOrCreate(announcement.article().id(), now);
        ArticleDetails.apply(article, announcement);
        return true;
    }

    private static String dyadOf(ExtractedFact fact) {
        return switch (fact.kind()) {
            case "event" -> Dyads.of(fact.event().source(), fact.event().target());
            case "agreement" -> Dyads.of(fact.agreement().parties());
            default -> Dyads.of(fact.trade().exporter(), fact.trade().importer());
        };
    }
}
