package org.entente.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.entente.catalog.model.Agreement;
import org.entente.catalog.model.AgreementMention;
import org.entente.catalog.model.Article;
import org.entente.catalog.model.CatalogEvent;
import org.entente.catalog.model.EventMention;
import org.entente.catalog.model.TradeFigure;
import org.entente.catalog.model.TradeMention;
import org.entente.catalog.repository.AgreementFilter;
import org.entente.catalog.repository.AgreementMentionRepository;
import org.entente.catalog.repository.AgreementRepository;
import org.entente.catalog.repository.ArticleFilter;
import org.entente.catalog.repository.ArticleRepository;
import org.entente.catalog.repository.ArticleStatements;
import org.entente.catalog.repository.DyadStatsRepository;
import org.entente.catalog.repository.DyadStatsRepository.CountryTotals;
import org.entente.catalog.repository.EventFilter;
import org.entente.catalog.repository.EventMentionRepository;
import org.entente.catalog.repository.EventRepository;
import org.entente.catalog.repository.Keyset;
import org.entente.catalog.repository.Slice;
import org.entente.catalog.repository.TradeFigureRepository;
import org.entente.catalog.repository.TradeFilter;
import org.entente.catalog.repository.TradeMentionRepository;

/**
 * Reads the catalog for the REST API. Related rows are loaded per page in one query each (never per item).
 */
@ApplicationScoped
public class CatalogReader {

    /** An event with its mentions. */
    public record EventWithMentions(CatalogEvent event, List<EventMention> mentions) {
    }

    /** An agreement with its status history, in chronological order. */
    public record AgreementWithHistory(Agreement agreement, List<AgreementMention> history) {
    }

    /**
     * Trade figures with what their views need.
     *
     * @param figures the figures
     * @param sources each figure's claims, by figure id
     * @param flows   every figure of each listed flow, by merge key
     */
    public record TradeFigures(List<TradeFigure> figures, Map<Long, List<TradeMention>> sources,
                               Map<String, List<TradeFigure>> flows) {
    }

    /** A page of trade figures with their relations; {@code hasMore} when figures follow. */
    public record TradePage(TradeFigures figures, boolean hasMore) {
    }

    /** An article with the statements it makes. */
    public record ArticleWithFacts(Article article, List<EventMention> events, List<AgreementMention> agreements,
                                   List<TradeMention> trade) {
    }

    private final EventRepository events;
    private final EventMentionRepository eventMentions;
    private final AgreementRepository agreements;
    private final AgreementMentionRepository agreementMentions;
    private final TradeFigureRepository tradeFigures;
    private final TradeMentionRepository tradeMentions;
    private final ArticleRepository articles;
    private final DyadStatsRepository stats;
    private final ArticleStatements articleStatements;

    CatalogReader(EventRepository events, EventMentionRepository eventMentions, AgreementRepository agreements,
                  AgreementMentionRepository agreementMentions, TradeFigureRepository tradeFigures,
                  TradeMentionRepository tradeMentions, ArticleRepository articles, DyadStatsRepository stats,
                  ArticleStatements articleStatements) {
        this.events = events;
        this.eventMentions = eventMentions;
        this.agreements = agreements;
        this.agreementMentions = agreementMentions;
        this.tradeFigures = tradeFigures;
        this.tradeMentions = tradeMentions;
        this.articles = articles;
        this.stats = stats;
        this.articleStatements = articleStatements;
    }

    /** A page of events. */
    public Slice<CatalogEvent> events(EventFilter filter, Keyset after, int limit) {
        return events.page(filter, after, limit);
    }

    /** An event with its mentions. */
    public Optional<EventWithMentions> event(long id) {
        return events.findByIdOptional(id).map(e -> new EventWithMentions(e, eventMentions.byEvent(id)));
    }

    /** A page of agreements. */
    public Slice<Agreement> agreements(AgreementFilter filter, Keyset after, int limit) {
        return agreements.page(filter, after, limit);
    }

    /** An agreement with its status history. */
    public Optional<AgreementWithHistory> agreement(long id) {
        return agreements.findByIdOptional(id).map(a -> new AgreementWithHistory(a,
                agreementMentions.byAgreement(id).stream().sorted(AgreementCatalog.HISTORY_ORDER).toList()));
    }

    /** A page of trade figures with their sources and the other figures of their flows. */
    public TradePage trade(TradeFilter filter, Keyset after, int limit) {
        Slice<TradeFigure> page = tradeFigures.page(filter, after, limit);
        return new TradePage(withRelations(page.items()), page.hasMore());
    }

    /** A trade figure with its sources and the other figures of its flow. */
    public Optional<TradeFigures> tradeFigure(long id) {
        return tradeFigures.findByIdOptional(id).map(figure -> withRelations(List.of(figure)));
    }

    /** A page of articles. */
    public Slice<Article> articles(ArticleFilter filter, Keyset after, int limit) {
        return articles.page(filter, after, limit);
    }

    /** An article with its statements. */
    public Optional<ArticleWithFacts> article(String id) {
        return articleStatements.find(id).map(found -> new ArticleWithFacts(found.article(), found.events(),
                found.agreements(), found.trade()));
    }

    /** Every country with facts, by code. */
    public List<CountryTotals> countries() {
        return stats.countries();
    }

    private TradeFigures withRelations(List<TradeFigure> figures) {
        if (figures.isEmpty()) {
            return new TradeFigures(figures, Map.of(), Map.of());
        }
        Map<Long, List<TradeMention>> sources = tradeMentions.byFigures(figures.stream().map(f -> f.id).toList())
                .stream().collect(Collectors.groupingBy(m -> m.tradeFigureId));
        List<String> conflictingFlows = figures.stream().filter(f -> f.conflict).map(f -> f.mergeKey).distinct()
                .toList();
        Map<String, List<TradeFigure>> flows = conflictingFlows.isEmpty() ? Map.of()
                : tradeFigures.byMergeKeys(conflictingFlows).stream().collect(Collectors.groupingBy(f -> f.mergeKey));
        return new TradeFigures(figures, sources, flows);
    }
}
