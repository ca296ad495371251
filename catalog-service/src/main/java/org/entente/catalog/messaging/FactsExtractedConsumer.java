package org.entente.catalog.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.entente.catalog.service.FactIngestion;
import org.entente.catalog.service.InvalidFactException;
import org.entente.contract.ExtractedFact;
import org.jboss.logging.Logger;

/**
 * Consumes {@code facts.extracted}. Messages are applied one at a time, in partition order. A message that cannot
 * be applied (not JSON, or a fact that breaks the contract) fails at once, and the channel's
 * {@code dead-letter-queue} failure strategy moves it to {@code facts.extracted.dlq} with the reason in its
 * headers; consumption goes on. Any other failure (the database restarting, say) is retried three times, a
 * second apart, before the message is dead-lettered too.
 */
@ApplicationScoped
public class FactsExtractedConsumer {

    private static final Logger LOG = Logger.getLogger(FactsExtractedConsumer.class);

    private final JsonMessages json;
    private final FactIngestion ingestion;

    FactsExtractedConsumer(JsonMessages json, FactIngestion ingestion) {
        this.json = json;
        this.ingestion = ingestion;
    }

    /** Applies one extracted fact. */
    @Retry(maxRetries = 3, delay = 1, delayUnit = ChronoUnit.SECONDS, abortOn = InvalidFactException.class)
    @Incoming("facts-extracted")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        ExtractedFact fact = json.read(record.value(), ExtractedFact.class);
        String messageId = CloudEventHeaders.text(record.headers(), CloudEventHeaders.ID);
        if (!ingestion.ingest(fact, messageId)) {
            LOG.debugf("fact %s of article %s was already applied (message %s)", fact.factId(),
                    fact.article().id(), messageId);
        }
    }
}
