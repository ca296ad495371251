package org.entente.catalog.model;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * One statement of a fact by one article: which article and fact it is, the sentence that states it and how
 * sure the extraction was. Each kind of fact adds what the statement says.
 */
@MappedSuperclass
public abstract class Mention {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;
    @Column(name = "article_id", nullable = false)
    public String articleId;
    /** The fact's id within its article, as extraction gave it. */
    @Column(name = "fact_id", nullable = false)
    public String factId;
    /** The group of mentions that is merged together. */
    @Column(name = "merge_key", nullable = false)
    public String mergeKey;
    @Column(nullable = false)
    public String dyad;
    /** The words that state the fact. */
    public String quote;
    /** The whole sentence. */
    public String sentence;
    /** Offset of the sentence's first character in the article's normalised text. */
    @Column(name = "sentence_start", nullable = false)
    public int sentenceStart;
    /** Offset just past the sentence's last character. */
    @Column(name = "sentence_end", nullable = false)
    public int sentenceEnd;
    /** The sentence's position in the article, from 0. */
    @Column(name = "sentence_index", nullable = false)
    public int sentenceIndex;
    @Column(nullable = false)
    public double confidence;
    /** When the fact was reported: its extraction time, as ingest-service stamped it. */
    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    /** Article id, then fact id: a total order that does not depend on arrival. */
    public String naturalKey() {
        return articleId + "\u0000" + factId;
    }
}
