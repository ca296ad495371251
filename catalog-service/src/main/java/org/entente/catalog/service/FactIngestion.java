package org.entente.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.entente.catalog.model.Article;
import org.entente.catalog.model.Dyads;
import org.entente.catalog.repository.ArticleRepository;
import org.entente.catalog.repository.DyadLocks;
import org.entente.catalog.repository.DyadStatsRepository;
import org.entente.catalog.repository.ProcessedMessageRepository;
import org.entente.catalog.repository.SigningLinkRepository.SigningYear;
import org.entente.catalog.service.merge.CameoCode;
import org.entente.contract.ArticleIngested;
import org.entente.contract.ExtractedFact;
import org.entente.contract.Topics;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Applies the messages the catalog consumes, a batch of them (or one) in one transaction: the facts or
 * announcements, the recomputed canonical facts, the outbox messages announcing them and the records that the
 * messages were applied all commit together or not at all. A batch gives the same catalog as its messages applied
 * one by one, in any order.
 *
 * <p>Applying is idempotent twice over: a message whose CloudEvents id was already applied is skipped, and a
 * fact whose (article id, fact id) is already stored changes nothing, so a redelivered or re-published message
 * leaves the catalog as it was.
 */
@ApplicationScoped
public class FactIngestion {

    /** The CAMEO root of the events that may be signing events ({@code 057}), or merge with them. */
    private static final String SIGNING_ROOT = "05";

    private final ProcessedMessageRepository processed;
    private final ArticleRepository articles;
    private final DyadLocks locks;
    private final EventCatalog events;
    private final AgreementCatalog agreements;
    private final TradeCatalog trade;
    private final SigningLinks signingLinks;
    private final DyadStatsRepository stats;
    private final Clock clock;
    private final Session session;

    FactIngestion(ProcessedMessageRepository processed, ArticleRepository articles, DyadLocks locks,
                  EventCatalog events, AgreementCatalog agreements, TradeCatalog trade, SigningLinks signingLinks,
                  DyadStatsRepository stats, Clock clock, Session session) {
        this.session = session;
        this.stats = stats;
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
        return ingestAll(List.of(new ReceivedFact(fact, messageId))) == 1;
    }

    /**
     * Applies several extracted facts in one transaction, with the same outcome as applying them one by one in any
     * order: every message whose id was not applied yet and every fact not stored yet is stored, each merge key that
     * gets mentions is recomputed once (new mentions are inserted once, with their canonical fact), the per-dyad
     * counts are adjusted with one statement, and the signing links of the agreements that the new statements and
     * signing events can affect are recomputed together.
     *
     * @return how many facts were stored (messages or facts already applied, and repeats within the list, are not)
     * @throws InvalidFactException when a fact breaks the contract (nothing is applied)
     */
    @Transactional
    public int ingestAll(List<ReceivedFact> received) {
        received.forEach(r -> FactValidator.validate(r.fact()));
        Instant now = clock.instant();
        List<ExtractedFact> firstDeliveries = firstDeliveries(received, now);
        if (firstDeliveries.isEmpty()) {
            return 0;
        }
        Map<String, Article> offered = ArticleDetails.offered(firstDeliveries.stream().map(ExtractedFact::article)
                .toList());
        articles.fillMissingAll(offered.values(), now);
        locks.lock(firstDeliveries.stream().map(FactIngestion::dyadOf).toList());

        // Every query below selects by keys that pending changes do not touch (article ids, merge keys), and new
        // mentions are compared with the stored ones in memory, so flushing before each query, which dirty-checks
        // every entity the batch has loaded, is not needed before the batch is written.
        session.setHibernateFlushMode(FlushMode.COMMIT);
        Set<String> articleIds = offered.keySet();
        Map<String, Set<String>> storedByKind = Map.of("event", events.storedFacts(articleIds),
                "agreement", agreements.storedFacts(articleIds), "trade", trade.storedFacts(articleIds));
        Map<String, List<ExtractedFact>> newByKind = Map.of("event", new ArrayList<>(),
                "agreement", new ArrayList<>(), "trade", new ArrayList<>());
        Set<SigningYear> signingYears = new TreeSet<>();
        for (ExtractedFact fact : firstDeliveries) {
            if (!storedByKind.get(fact.kind()).add(fact.article().id() + "\u0000" + fact.factId())) {
                continue;
            }
            newByKind.get(fact.kind()).add(fact);
            if ("event".equals(fact.kind()) && SIGNING_ROOT.equals(CameoCode.root(fact.event().cameo()))) {
                signingYears.add(SigningLinks.signingYear(dyadOf(fact), fact.event().date()));
            }
        }
        DyadCounts counts = new DyadCounts();
        events.storeAll(newByKind.get("event"), now, counts);
        Set<String> agreementKeys = agreements.storeAll(newByKind.get("agreement"), now, counts);
        trade.storeAll(newByKind.get("trade"), now, counts);
        counts.writeTo(stats);
        // everything the batch changed is written; what follows reads and writes rows, not entities, so the
        // entities are let go rather than checked again for changes when the transaction commits
        session.flush();
        session.clear();
        signingLinks.refreshAfter(agreementKeys, signingYears);
        return newByKind.values().stream().mapToInt(List::size).sum();
    }

    /** The facts of the messages not applied yet, recording them as applied; facts without a message id all count. */
    private List<ExtractedFact> firstDeliveries(List<ReceivedFact> received, Instant now) {
        Set<String> fresh = processed.markAllProcessed(received.stream().map(ReceivedFact::messageId)
                .filter(Objects::nonNull).toList(), Topics.FACTS_EXTRACTED, now);
        List<ExtractedFact> facts = new ArrayList<>();
        for (ReceivedFact r : received) {
            if (r.messageId() == null || fresh.remove(r.messageId())) {
                facts.add(r.fact());
            }
        }
        return facts;
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
        return announceAll(List.of(new ReceivedAnnouncement(announcement, messageId))) == 1;
    }

    /**
     * Applies several article announcements in one transaction, in their order, as if one by one.
     *
     * @return how many were applied (messages already applied, and repeats within the list, are not)
     * @throws InvalidFactException when an announcement is invalid (nothing is applied)
     */
    @Transactional
    public int announceAll(List<ReceivedAnnouncement> received) {
        received.forEach(r -> FactValidator.validate(r.announcement()));
        Instant now = clock.instant();
        Set<String> fresh = processed.markAllProcessed(received.stream().map(ReceivedAnnouncement::messageId)
                .filter(Objects::nonNull).toList(), Topics.ARTICLES_INGESTED, now);
        List<ArticleIngested> firstDeliveries = received.stream()
                .filter(r -> r.messageId() == null || fresh.remove(r.messageId()))
                .map(ReceivedAnnouncement::announcement)
                .toList();
        if (firstDeliveries.isEmpty()) {
            return 0;
        }
        articles.announceAll(ArticleDetails.announced(firstDeliveries).values(), now);
        return firstDeliveries.size();
    }

    private static String dyadOf(ExtractedFact fact) {
        return switch (fact.kind()) {
            case "event" -> Dyads.of(fact.event().source(), fact.event().target());
            case "agreement" -> Dyads.of(fact.agreement().parties());
            default -> Dyads.of(fact.trade().exporter(), fact.trade().importer());
        };
    }
}
