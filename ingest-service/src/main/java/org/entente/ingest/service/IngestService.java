package org.entente.ingest.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.entente.ingest.model.Article;
import org.entente.ingest.model.OutboxMessage;

import java.time.Instant;
import java.util.Optional;

/**
 * Ingests single articles: parse and extract outside any transaction (it may take seconds), then store the article
 * and its messages in one short transaction. The caller gets its answer only after that transaction committed.
 */
@ApplicationScoped
public class IngestService {

    private final ArticleAnalyzer analyzer;
    private final ArticleRecorder recorder;
    private final Timer analyzeTimer;
    private final MeterRegistry metrics;

    public IngestService(ArticleAnalyzer analyzer, ArticleRecorder recorder, MeterRegistry metrics) {
        this.analyzer = analyzer;
        this.recorder = recorder;
        this.metrics = metrics;
        this.analyzeTimer = metrics.timer("entente.ingest.analyze");
    }

    /**
     * @throws InputRejectedException when the upload cannot be accepted (nothing is stored)
     * @throws ParserBusyException    when the parser has no room for the file now (nothing is stored)
     */
    public IngestOutcome ingest(ArticleSubmission submission) {
        AnalyzedArticle article = analyzeTimer.record(() -> analyzer.analyze(submission));
        IngestOutcome outcome = recorder.record(article, Instant.now());
        metrics.counter("entente.ingest.articles", "outcome", outcome.duplicate() ? "duplicate" : "accepted")
                .increment();
        return outcome;
    }

    /** Parses and extracts without storing or publishing anything. */
    public AnalyzedArticle extract(ArticleSubmission submission) {
        return analyzeTimer.record(() -> analyzer.analyze(submission));
    }

    /** The ingest record of an article, with its publish state. */
    @Transactional
    public Optional<ArticleStatus> find(String id) {
        return Article.<Article>findByIdOptional(id).map(a -> {
            long pending = OutboxMessage.pendingFor(a.id);
            return new ArticleStatus(a.id, a.title, a.url, a.source, a.published, a.publishedBy, a.mediaType,
                    a.textLength, a.events, a.agreements, a.trade, a.ingestedAt,
                    pending == 0 ? "published" : "pending", pending);
        });
    }
}
