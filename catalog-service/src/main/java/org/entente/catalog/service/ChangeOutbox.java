package org.entente.catalog.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.entente.catalog.model.CanonicalFact;
import org.entente.catalog.model.OutboxMessage;
import org.entente.catalog.repository.OutboxRepository;
import org.entente.contract.CatalogChange;
import org.entente.contract.Topics;

/**
 * Writes the catalog's changes to the outbox, in the caller's transaction, as {@link CatalogChange} messages
 * for {@code catalog.facts}; the relay sends them once the transaction has committed.
 */
@ApplicationScoped
public class ChangeOutbox {

    private final OutboxRepository outbox;
    /** Writes changes without looking up their serializer each time. */
    private final ObjectWriter json;
    private final Clock clock;

    ChangeOutbox(OutboxRepository outbox, ObjectMapper json, Clock clock) {
        this.outbox = outbox;
        this.json = json.writerFor(CatalogChange.class);
        this.clock = clock;
    }

    /**
     * Publishes a fact that was just created ({@code before} is null; its version is already 1) or whose published
     * state changed (its version is increased first). A fact whose state did not change is not published.
     */
    public void publishIfChanged(CanonicalFact fact, PublishedState before, PublishedState after) {
        if (before != null) {
            if (after.equals(before)) {
                return;
            }
            fact.version++;
        }
        write("upsert", after, fact.version);
    }

    /** Publishes that a fact lost its last mention; {@code state} is its last state. */
    public void retract(PublishedState state, long version) {
        write("retract", state, version);
    }

    private void write(String op, PublishedState state, long version) {
        Instant now = clock.instant();
        String changeId = UUID.randomUUID().toString();
        CatalogChange change = new CatalogChange(changeId, op, state.kind(), Long.toString(state.entityId()),
                version, state.dyad(), state.event(), state.agreement(), state.trade(), state.mentions(),
                state.articles(), state.conflict(), now);
        OutboxMessage message = new OutboxMessage();
        message.topic = Topics.CATALOG_FACTS;
        message.messageKey = state.dyad();
        message.ceId = changeId;
        message.ceType = Topics.TYPE_CATALOG_CHANGE;
        message.ceSubject = state.kind() + "/" + state.entityId();
        message.ceTime = now;
        message.payload = toJson(change);
        message.nextAttemptAt = now;
        outbox.persist(message);
    }

    private String toJson(CatalogChange change) {
        try {
            return json.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a catalog change could not be written as JSON", e);
        }
    }
}
