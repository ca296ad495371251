package org.entente.catalog.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.entente.catalog.config.CatalogConfig;
import org.entente.catalog.service.FactIngestion;
import org.entente.catalog.service.FactValidator;
import org.entente.catalog.service.ReceivedAnnouncement;
import org.entente.contract.ArticleIngested;

/**
 * Consumes {@code articles.ingested}, completing the catalog's record of each article, a poll at a time in one
 * transaction ({@link FactIngestion#announceAll}). Unreadable messages go to {@code articles.ingested.dlq} alone
 * ({@link BatchApplication}).
 */
@ApplicationScoped
public class ArticlesIngestedConsumer {

    private final JsonMessages json;
    private final BatchApplication<ReceivedAnnouncement> batches;

    ArticlesIngestedConsumer(JsonMessages json, FactIngestion ingestion, CatalogConfig config) {
        this.json = json;
        this.batches = new BatchApplication<>("article announcements", Retrying.of(config.consumer()),
                config.consumer().maxTransactionSize(), config.consumer().slowTransaction(), System::nanoTime,
                this::read,
                ingestion::announceAll);
    }

    /** Applies one poll's article announcements. */
    @Incoming("articles-ingested")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return batches.apply(batch);
    }

    private ReceivedAnnouncement read(KafkaRecord<String, String> record) {
        ArticleIngested announcement = json.read(record.getPayload(), ArticleIngested.class);
        FactValidator.validate(announcement);
        return new ReceivedAnnouncement(announcement,
                CloudEventHeaders.text(record.getHeaders(), CloudEventHeaders.ID));
    }
}
