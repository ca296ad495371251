package org.entente.catalog.messaging;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.entente.catalog.config.CatalogConfig;
import org.entente.catalog.model.OutboxMessage;
import org.entente.catalog.service.OutboxSender;

/**
 * Sends outbox messages through the {@code catalog-facts} channel: the JSON payload as value, the dyad as key,
 * and the CloudEvents attributes as {@code ce_*} headers (binary content mode).
 */
@ApplicationScoped
public class KafkaOutboxSender implements OutboxSender {

    /** Room for a whole relay round; the relay sends at most {@code entente.catalog.outbox.batch-size} at once. */
    static final long BUFFER = 1024;

    private final Emitter<String> emitter;
    private final String eventSource;

    KafkaOutboxSender(@Channel("catalog-facts") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = BUFFER)
                      Emitter<String> emitter, CatalogConfig config) {
        this.emitter = emitter;
        this.eventSource = config.eventSource();
    }

    @Override
    public CompletionStage<Void> send(OutboxMessage message) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(message.topic)
                .withKey(message.messageKey)
                .withHeaders(headers(message))
                .build();
        emitter.send(Message.of(message.payload, Metadata.of(kafka),
                () -> {
                    acknowledged.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    acknowledged.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return acknowledged;
    }

    private RecordHeaders headers(OutboxMessage message) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, CloudEventHeaders.ID, message.ceId);
        add(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        add(headers, CloudEventHeaders.TYPE, message.ceType);
        add(headers, CloudEventHeaders.SOURCE, eventSource);
        add(headers, CloudEventHeaders.SUBJECT, message.ceSubject);
        add(headers, CloudEventHeaders.TIME, message.ceTime.toString());
        add(headers, CloudEventHeaders.CONTENT_TYPE, "application/json");
        return headers;
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
