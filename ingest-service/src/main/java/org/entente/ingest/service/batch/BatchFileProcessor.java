package org.entente.ingest.service.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.entente.ingest.model.JobFile;
import org.entente.ingest.model.JobFileContent;
import org.entente.ingest.service.AnalyzedArticle;
import org.entente.ingest.service.ArticleAnalyzer;
import org.entente.ingest.service.ArticleContent;
import org.entente.ingest.service.ArticleMetadata;
import org.entente.ingest.service.ArticleRecorder;
import org.entente.ingest.service.ArticleSubmission;
import org.entente.ingest.service.IngestOutcome;
import org.entente.ingest.service.InputRejectedException;

import java.time.Instant;
import java.util.List;

/**
 * Processes one stored batch file in one transaction: the file's new state, its article and the article's outbox
 * rows commit together, so a crash at any point leaves the file pending, to be processed again, and never half done.
 * The file stays locked while it is parsed, so several workers (or instances) never process it twice.
 */
@ApplicationScoped
public class BatchFileProcessor {

    private final ArticleAnalyzer analyzer;
    private final ArticleRecorder recorder;

    public BatchFileProcessor(ArticleAnalyzer analyzer, ArticleRecorder recorder) {
        this.analyzer = analyzer;
        this.recorder = recorder;
    }

    /** Ids of the oldest pending files. */
    @Transactional
    public List<Long> pendingIds(int limit) {
        return JobFile.pendingIds(limit);
    }

    /**
     * Processes the file if it is still pending and no one else holds it.
     *
     * @return whether this call processed it
     * @throws org.entente.ingest.service.ParserBusyException when the parser has no room now (the file stays pending)
     */
    @Transactional
    public boolean process(long fileId) {
        JobFile file = JobFile.lockIfPending(fileId);
        if (file == null) {
            return false;
        }
        JobFileContent content = JobFileContent.findById(fileId);
        Instant now = Instant.now();
        try {
            AnalyzedArticle article = analyzer.analyze(new ArticleSubmission(ArticleMetadata.none(),
                    new ArticleContent.File(baseName(file.name), content.content)));
            IngestOutcome outcome = recorder.record(article, now);
            file.ingested(outcome.id(), outcome.duplicate(), outcome.events(), outcome.agreements(), outcome.trade(),
                    now);
        } catch (InputRejectedException e) {
            file.failed(e.getMessage(), now);
        }
        content.delete();
        return true;
    }

    /** Marks the file failed when processing it went wrong on the server's side, so the job can finish. */
    @Transactional
    public void fail(long fileId, String reason) {
        JobFile file = JobFile.lockIfPending(fileId);
        if (file != null) {
            file.failed(reason, Instant.now());
            JobFileContent.deleteById(fileId);
        }
    }

    private static String baseName(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
