package org.entente.catalog.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A Kafka message waiting to be relayed: written in the transaction that changes the catalog, marked sent once
 * Kafka has acknowledged it.
 */
@Entity
@Table(name = "outbox_message")
@SequenceGenerator(sequenceName = "outbox_message_id_seq", allocationSize = Ids.ALLOCATION_SIZE)
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;
    @Column(nullable = false)
    public String topic;
    @Column(name = "message_key", nullable = false)
    public String messageKey;
    /** CloudEvents attributes, sent as {@code ce_*} headers. */
    @Column(name = "ce_id", nullable = false)
    public String ceId;
    @Column(name = "ce_type", nullable = false)
    public String ceType;
    @Column(name = "ce_subject", nullable = false)
    public String ceSubject;
    @Column(name = "ce_time", nullable = false)
    public Instant ceTime;
    /** The JSON message. */
    @Column(nullable = false)
    public String payload;
    /** Failed relay attempts so far. */
    @Column(nullable = false)
    public int attempts;
    @Column(name = "last_error")
    public String lastError;
    /** Not tried again before this time; pushed back after every failure. */
    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;
    /** When Kafka acknowledged the message; null while it waits. */
    @Column(name = "sent_at")
    public Instant sentAt;
}
