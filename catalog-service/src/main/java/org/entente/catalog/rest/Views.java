package org.entente.catalog.rest;

import java.util.List;
import org.entente.catalog.model.Agreement;
import org.entente.catalog.model.AgreementMention;
import org.entente.catalog.model.Article;
import org.entente.catalog.model.CatalogEvent;
import org.entente.catalog.model.EventMention;
import org.entente.catalog.model.Mention;
import org.entente.catalog.model.TradeFigure;
import org.entente.catalog.model.TradeMention;
import org.entente.catalog.rest.dto.AgreementDetails;
import org.entente.catalog.rest.dto.AgreementView;
import org.entente.catalog.rest.dto.ArticleAgreementView;
import org.entente.catalog.rest.dto.ArticleDetails;
import org.entente.catalog.rest.dto.ArticleEventView;
import org.entente.catalog.rest.dto.ArticleTradeView;
import org.entente.catalog.rest.dto.ArticleView;
import org.entente.catalog.rest.dto.EventDetails;
import org.entente.catalog.rest.dto.EventMentionView;
import org.entente.catalog.rest.dto.EventView;
import org.entente.catalog.rest.dto.EvidenceView;
import org.entente.catalog.rest.dto.StatusEntryView;
import org.entente.catalog.rest.dto.TradeAlternativeView;
import org.entente.catalog.rest.dto.TradeSourceView;
import org.entente.catalog.rest.dto.TradeView;
import org.entente.catalog.service.CatalogReader.AgreementWithHistory;
import org.entente.catalog.service.CatalogReader.ArticleWithFacts;
import org.entente.catalog.service.CatalogReader.EventWithMentions;
import org.entente.catalog.service.CatalogReader.TradeFigures;

/** Maps catalog rows to the API's views. */
final class Views {

    private Views() {
    }

    static EventView event(CatalogEvent e) {
        return new EventView(e.id, e.source, e.target, e.dyad, e.cameo, e.quad, e.goldstein, e.date, e.datePrecision,
                e.mentionCount, e.articles, e.firstReported, e.lastReported, e.version);
    }

    static EventDetails event(EventWithMentions e) {
        return new EventDetails(event(e.event()), e.mentions().stream()
                .map(m -> new EventMentionView(m.articleId, m.factId, m.source, m.target, m.cameo, m.date,
                        m.datePrecision, evidence(m), m.confidence, m.reportedAt))
                .toList());
    }

    static AgreementView agreement(Agreement a) {
        return new AgreementView(a.id, a.parties, a.dyad, a.title, a.type, a.domain, a.status, a.date,
                a.datePrecision, a.signingEventId, a.mentionCount, a.articles, a.firstReported, a.lastReported,
                a.version);
    }

    static AgreementDetails agreement(AgreementWithHistory a) {
        return new AgreementDetails(agreement(a.agreement()), a.history().stream()
                .map(m -> new StatusEntryView(m.status, m.date, m.datePrecision, m.title, m.articleId, m.factId,
                        evidence(m), m.confidence, m.reportedAt))
                .toList());
    }

    static List<TradeView> trade(TradeFigures figures) {
        return figures.figures().stream().map(f -> trade(f, figures)).toList();
    }

    private static TradeView trade(TradeFigure f, TradeFigures related) {
        List<TradeAlternativeView> alternatives = related.flows().getOrDefault(f.mergeKey, List.of()).stream()
                .filter(other -> !other.id.equals(f.id))
                .map(other -> new TradeAlternativeView(other.id, other.valueUsd, other.amount, other.currency,
                        other.mentionCount, other.articles))
                .toList();
        List<TradeSourceView> sources = related.sources().getOrDefault(f.id, List.of()).stream()
                .map(m -> new TradeSourceView(m.articleId, m.factId, m.valueUsd, m.amount, m.currency, m.product,
                        evidence(m), m.confidence, m.reportedAt))
                .toList();
        return new TradeView(f.id, f.exporter, f.importer, f.dyad, f.flow, f.year, f.valueUsd, f.amount, f.currency,
                f.basis, f.product, f.conflict, alternatives, f.mentionCount, f.articles, sources, f.firstReported,
                f.lastReported, f.version);
    }

    static ArticleView article(Article a) {
        return new ArticleView(a.id, a.title, a.url, a.source, a.published, a.publishedBy, a.mediaType, a.textLength,
                a.textSha256, a.ingestedAt, a.receivedAt);
    }

    static ArticleDetails article(ArticleWithFacts a) {
        return new ArticleDetails(article(a.article()),
                a.events().stream().map(Views::articleEvent).toList(),
                a.agreements().stream().map(Views::articleAgreement).toList(),
                a.trade().stream().map(Views::articleTrade).toList());
    }

    private static ArticleEventView articleEvent(EventMention m) {
        return new ArticleEventView(m.eventId, m.factId, m.source, m.target, m.cameo, m.quad, m.date,
                m.datePrecision, evidence(m), m.confidence);
    }

    private static ArticleAgreementView articleAgreement(AgreementMention m) {
        return new ArticleAgreementView(m.agreementId, m.factId, m.parties, m.title, m.type, m.domain, m.status,
                m.date, m.datePrecision, evidence(m), m.confidence);
    }

    private static ArticleTradeView articleTrade(TradeMention m) {
        return new ArticleTradeView(m.tradeFigureId, m.factId, m.exporter, m.importer, m.flow, m.year, m.valueUsd,
                m.amount, m.currency, m.basis, m.product, evidence(m), m.confidence);
    }

    private static EvidenceView evidence(Mention m) {
        return new EvidenceView(m.quote, m.sentence, m.sentenceStart, m.sentenceEnd, m.sentenceIndex);
    }
}
