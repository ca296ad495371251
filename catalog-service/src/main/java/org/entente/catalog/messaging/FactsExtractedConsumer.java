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
import org.entente.catalog.service.ReceivedFact;
import org.entente.contract.ExtractedFact;

/**
 * Consumes {@code facts.extracted} a poll at a time (the channel is in batch mode): each batch is applied in one
 * transaction ({@link FactIngestion#ingestAll}), which gives the same catalog as applying its messages one by one.
 * A message that cannot be applied goes to {@code facts.extracted.dlq} alone, the rest of its batch is applied
 * ({@link BatchApplication}); while the database is unreachable, the batch waits for it.
 */
@ApplicationScoped
public class FactsExtractedConsumer {

    private final JsonMessages json;
    private final BatchApplication<ReceivedFact> batches;

    FactsExtractedConsumer(JsonMessages json, FactIngestion ingestion, CatalogConfig config) {
        this.json = json;
        this.batches = new BatchApplication<>("facts", Retrying.of(config.consumer()),
                config.consumer().maxTransactionSize(), config.consumer().slowTransaction(), System::nanoTime,
                this::read,
                ingestion::ingestAll);
    }

    /** Applies one poll's records. */
    @Incoming("facts-extracted")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return batches.apply(batch);
    }

    private ReceivedFact read(KafkaRecord<String, String> record) {
        ExtractedFact fact = json.read(record.getPayload(), ExtractedFact.class);
        FactValidator.validate(fact);
        return new ReceivedFact(fact, CloudEventHeaders.text(record.getHeaders(), CloudEventHeaders.ID));
    }
}
