package org.entente.analytics.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The latest version seen of one catalog entity. The catalog numbers each kind of fact apart, so an entity is
 * identified by its kind and id. A retracted entity keeps its row so that an older upsert arriving after the
 * retraction is recognised as stale.
 */
@Entity
@Table(name = "entity_state")
@IdClass(EntityState.Key.class)
public class EntityState extends PanacheEntityBase {

    /** {@code event}, {@code agreement} or {@code trade}. */
    @Id
    public String kind;

    @Id
    @Column(name = "entity_id")
    public String entityId;

    @Column(nullable = false)
    public String dyad;

    @Column(nullable = false)
    public long version;

    @Column(nullable = false)
    public boolean retracted;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The identity of an entity: its kind and id. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public String kind;
        public String entityId;

        /** For JPA. */
        public Key() {
        }

        public Key(String kind, String entityId) {
            this.kind = kind;
            this.entityId = entityId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(kind, key.kind) && Objects.equals(entityId, key.entityId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, entityId);
        }
    }
}
