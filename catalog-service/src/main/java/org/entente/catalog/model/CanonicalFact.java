package org.entente.catalog.model;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What every merged catalog fact (event, agreement, trade figure) keeps besides its own fields: the group of
 * mentions it is computed from, its date interval and list order, the articles behind it and its version.
 */
@MappedSuperclass
public abstract class CanonicalFact {

    /** Sort key of facts without a date: they come last in the newest-first order. */
    public static final int UNDATED_SORT_KEY = Integer.MIN_VALUE;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;
    /** The group of mentions this fact is recomputed from. */
    @Column(name = "merge_key", nullable = false)
    public String mergeKey;
    /** The parties' codes, sorted and joined with {@code -}. */
    @Column(nullable = false)
    public String dyad;
    @Column(name = "date_start")
    public LocalDate dateStart;
    @Column(name = "date_end")
    public LocalDate dateEnd;
    /** Epoch day of {@link #dateStart}, or {@link #UNDATED_SORT_KEY}; lists are ordered by (sortKey, id) descending. */
    @Column(name = "sort_key", nullable = false)
    public int sortKey;
    @Column(name = "mention_count", nullable = false)
    public int mentionCount;
    /** Ids of the articles that state the fact, sorted. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> articles;
    @Column(name = "first_reported", nullable = false)
    public Instant firstReported;
    @Column(name = "last_reported", nullable = false)
    public Instant lastReported;
    /** Increased with every change published on {@code catalog.facts}. */
    @Column(nullable = false)
    public long version;

    /** Sets the date interval and the sort key; null dates give an undated fact. */
    public void setInterval(LocalDate start, LocalDate end) {
        dateStart = start;
        dateEnd = end;
        sortKey = start == null ? UNDATED_SORT_KEY : Math.toIntExact(start.toEpochDay());
    }
}
