package org.entente.catalog.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.entente.catalog.service.FactIngestion;
import org.entente.catalog.service.InvalidFactException;
import org.entente.contract.ArticleIngested;

/**
 * Consumes {@code articles.ingested}, completing the catalog's record of each article. Unreadable messages go
 * to {@code articles.ingested.dlq} at once; other failures are retried three times first.
 */
@ApplicationScoped
public class ArticlesIngestedConsumer {

    private final JsonMessages json;
    private final FactIngestion ingestion;

    ArticlesIngestedConsumer(JsonMessages json, FactIngestion ingestion) {
        this.json = json;
        this.ingestion = ingestion;
    }

    /** Applies one article announcement. */
    @Retry(maxRetries = 3, delay = 1, delayUnit = ChronoUnit.SECONDS, abortOn = InvalidFactException.class)
    @Incoming("articles-ingested")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        ArticleIngested announcement = json.read(record.value(), ArticleIngested.class);
        ingestion.announce(announcement, CloudEventHeaders.text(record.headers(), CloudEventHeaders.ID));
    }
}
