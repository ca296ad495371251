package org.entente.catalog.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An article the catalog has facts from. Created by the first message that names it (a fact or the
 * {@code articles.ingested} announcement, whichever comes first) and completed by the others.
 */
@Entity
@Table(name = "article")
public class Article {

    @Id
    public String id;
    /** Numbers articles in arrival order; the tie-break of the list order. Assigned by the database. */
    @Column(insertable = false, updatable = false)
    public Long seq;
    /** Epoch day of {@link #publishedStart}, or {@link CanonicalFact#UNDATED_SORT_KEY}. */
    @Column(name = "sort_key", nullable = false)
    public int sortKey;
    public String title;
    public String url;
    public String source;
    /** Publication date as the contract gives it ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}). */
    public String published;
    @Column(name = "published_by")
    public String publishedBy;
    @Column(name = "published_start")
    public LocalDate publishedStart;
    @Column(name = "published_end")
    public LocalDate publishedEnd;
    @Column(name = "text_sha256")
    public String textSha256;
    @Column(name = "text_length")
    public Integer textLength;
    @Column(name = "media_type")
    public String mediaType;
    /** Number of events ingest-service extracted, as announced on {@code articles.ingested}. */
    @Column(name = "announced_events")
    public Integer announcedEvents;
    @Column(name = "announced_agreements")
    public Integer announcedAgreements;
    @Column(name = "announced_trade")
    public Integer announcedTrade;
    /** When ingest-service accepted the article; null until {@code articles.ingested} arrives. */
    @Column(name = "ingested_at")
    public Instant ingestedAt;
    /** When the catalog first heard of the article. */
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
