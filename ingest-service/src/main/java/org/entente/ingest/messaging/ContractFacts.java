package org.entente.ingest.messaging;

import org.entente.contract.AgreementFact;
import org.entente.contract.ArticleIngested;
import org.entente.contract.ArticleRef;
import org.entente.contract.EventFact;
import org.entente.contract.Evidence;
import org.entente.contract.TradeFact;
import org.entente.extraction.Agreement;
import org.entente.extraction.Event;
import org.entente.extraction.Extraction;
import org.entente.extraction.FuzzyDate;
import org.entente.extraction.TradeFigure;
import org.entente.ingest.service.AnalyzedArticle;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Maps the extraction engine's records to the Kafka contract's records. */
final class ContractFacts {

    private ContractFacts() {
    }

    static ArticleRef articleRef(AnalyzedArticle article) {
        return new ArticleRef(article.id(), article.title(), article.url(), article.source(), article.published(),
                article.publishedBy());
    }

    static ArticleIngested ingested(AnalyzedArticle article, Instant at) {
        Extraction x = article.extraction();
        return new ArticleIngested(articleRef(article), article.id(), x.text().length(), article.mediaType(),
                x.events().size(), x.agreements().size(), x.trade().size(), at);
    }

    static EventFact event(Event e) {
        return new EventFact(e.source(), e.target(), e.cameo(), e.quad(), e.goldstein(), iso(e.date()),
                precision(e.date()));
    }

    static AgreementFact agreement(Agreement a) {
        return new AgreementFact(a.parties(), a.title(), a.type(), a.domain(), a.status(), iso(a.date()),
                precision(a.date()));
    }

    static TradeFact trade(TradeFigure t) {
        return new TradeFact(t.exporter(), t.importer(), t.flow(), t.year(), t.valueUsd(), t.amount(), t.currency(),
                t.basis(), t.product());
    }

    /** The first statement of a fact, or null when the engine gave none. */
    static Evidence firstEvidence(List<org.entente.extraction.Evidence> evidence) {
        if (evidence.isEmpty()) {
            return null;
        }
        org.entente.extraction.Evidence e = evidence.get(0);
        return new Evidence(e.quote(), e.sentence(), e.start(), e.end(), e.sentenceIndex());
    }

    /** The parties' codes sorted and joined with {@code -} ({@code IRQ-PAK}); missing codes are left out. */
    static String dyad(String... codes) {
        return Arrays.stream(codes).filter(Objects::nonNull).sorted().collect(Collectors.joining("-"));
    }

    static String dyad(List<String> codes) {
        return dyad(codes.toArray(String[]::new));
    }

    private static String iso(FuzzyDate date) {
        return date == null ? null : date.iso();
    }

    private static String precision(FuzzyDate date) {
        return date == null ? null : date.precision().wire();
    }
}
