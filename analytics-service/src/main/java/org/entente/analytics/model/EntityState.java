package org.entente.analytics.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The latest version seen of one catalog entity. A retracted entity keeps its row so that an older upsert
 * arriving after the retraction is recognised as stale.
 */
@Entity
@Table(name = "entity_state")
public class EntityState extends PanacheEntityBase {

    @Id
    @Column(name = "entity_id")
    public String entityId;

    /** {@code event}, {@code agreement} or {@code trade}. */
    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String dyad;

    @Column(nullable = false)
    public long version;

    @Column(nullable = false)
    public boolean retracted;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
