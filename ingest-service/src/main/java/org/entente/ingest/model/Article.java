package org.entente.ingest.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An accepted article: its metadata and fact counts. The text itself travels on Kafka, not kept here. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    /** Hex SHA-256 of the normalised text. */
    @Id
    public String id;
    public String title;
    public String url;
    public String source;
    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or null. */
    public String published;
    public String publishedBy;
    public String mediaType;
    public int textLength;
    public int events;
    public int agreements;
    public int trade;
    public Instant ingestedAt;

    /**
     * Inserts the article unless one with its id exists. Two transactions inserting the same id at once wait for each
     * other in the database, so exactly one of them inserts.
     *
     * @return true when this call inserted it
     */
    public static boolean insertIfAbsent(Article a) {
        int inserted = getEntityManager().createNativeQuery("""
                        insert into article (id, title, url, source, published, published_by, media_type, text_length,
                                             events, agreements, trade, ingested_at)
                        values (:id, :title, :url, :source, :published, :publishedBy, :mediaType, :textLength,
                                :events, :agreements, :trade, :ingestedAt)
                        on conflict (id) do nothing""")
                .setParameter("id", a.id)
                .setParameter("title", a.title)
                .setParameter("url", a.url)
                .setParameter("source", a.source)
                .setParameter("published", a.published)
                .setParameter("publishedBy", a.publishedBy)
                .setParameter("mediaType", a.mediaType)
                .setParameter("textLength", a.textLength)
                .setParameter("events", a.events)
                .setParameter("agreements", a.agreements)
                .setParameter("trade", a.trade)
                .setParameter("ingestedAt", a.ingestedAt)
                .executeUpdate();
        return inserted == 1;
    }
}
