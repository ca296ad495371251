package org.entente.ingest.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.entente.ingest.config.IngestConfig;
import org.entente.ingest.model.OutboxMessage;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one round of outbox rows to Kafka and deletes the rows Kafka acknowledged, in one transaction. A row whose
 * send fails or is not acknowledged in time stays, with its attempt counted, and is sent again in a later round:
 * delivery is at least once (consumers drop repeats by {@code ce_id} or fact id).
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);
    static final String CE_SOURCE = "/entente/ingest";
    static final String CE_SPEC_VERSION = "1.0";

    /**
     * What one round did.
     *
     * @param sent   rows acknowledged by Kafka and deleted
     * @param unsent rows that failed or were not tried after a failure; they stay for a later round
     * @param locked whether another relay held the lock, so nothing was tried
     */
    public record Round(int sent, int unsent, boolean locked) {
    }

    private final Producer<String, String> producer;
    private final IngestConfig.Outbox config;
    private final Counter sentCounter;
    private final Counter failureCounter;

    public OutboxSender(Producer<String, String> producer, IngestConfig config, MeterRegistry metrics) {
        this.producer = producer;
        this.config = config.outbox();
        this.sentCounter = metrics.counter("entente.outbox.sent");
        this.failureCounter = metrics.counter("entente.outbox.send.failures");
    }

    /** Sends the oldest waiting rows, unless another relay holds the lock. */
    @Transactional
    public Round sendRound() {
        if (!OutboxMessage.tryRelayLock()) {
            return new Round(0, 0, true);
        }
        List<OutboxMessage> batch = OutboxMessage.oldest(config.batchSize());
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (OutboxMessage message : batch) {
            try {
                acks.add(producer.send(record(message)));
            } catch (KafkaException e) {
                // Kafka is unreachable (no metadata in time) or refused the record: keep the rest for a later round
                failed(message, e.toString());
                break;
            }
        }
        List<Long> delivered = new ArrayList<>(acks.size());
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        for (int i = 0; i < acks.size(); i++) {
            OutboxMessage message = batch.get(i);
            String error = awaitAck(acks.get(i), deadline);
            if (error == null) {
                delivered.add(message.id);
            } else {
                failed(message, error);
            }
        }
        if (!delivered.isEmpty()) {
            OutboxMessage.delete("id in ?1", delivered);
        }
        sentCounter.increment(delivered.size());
        int unsent = batch.size() - delivered.size();
        if (unsent > 0) {
            LOG.warnf("outbox: %d of %d messages not acknowledged by Kafka; they will be sent again", unsent,
                    batch.size());
        }
        return new Round(delivered.size(), unsent, false);
    }

    private void failed(OutboxMessage message, String error) {
        message.failed(error);
        failureCounter.increment();
    }

    /** Null when Kafka acknowledged the record, else why not. */
    private static String awaitAck(Future<RecordMetadata> ack, long deadline) {
        try {
            ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException e) {
            return String.valueOf(e.getCause());
        } catch (TimeoutException e) {
            return "no acknowledgement from Kafka in time";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while waiting for Kafka";
        }
    }

    static ProducerRecord<String, String> record(OutboxMessage m) {
        ProducerRecord<String, String> record = new ProducerRecord<>(m.topic, m.messageKey, m.payload);
        header(record, "ce_id", m.ceId);
        header(record, "ce_type", m.ceType);
        header(record, "ce_source", CE_SOURCE);
        header(record, "ce_specversion", CE_SPEC_VERSION);
        header(record, "ce_time", DateTimeFormatter.ISO_INSTANT.format(m.ceTime));
        header(record, "ce_subject", m.articleId);
        header(record, "content-type", "application/json");
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}
