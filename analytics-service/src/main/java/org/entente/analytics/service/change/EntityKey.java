package org.entente.analytics.service.change;

import java.util.Comparator;
import java.util.Objects;
import org.entente.contract.CatalogChange;

/**
 * The identity of a catalog entity: the catalog numbers each kind of fact apart, so it is a kind and an id.
 *
 * @param kind     {@code event}, {@code agreement} or {@code trade}
 * @param entityId the catalog's id of the entity within its kind
 */
public record EntityKey(String kind, String entityId) implements Comparable<EntityKey> {

    private static final Comparator<EntityKey> ORDER = Comparator.comparing(EntityKey::kind)
            .thenComparing(EntityKey::entityId);

    public EntityKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entityId, "entityId");
    }

    /** The entity {@code change} is about. */
    public static EntityKey of(CatalogChange change) {
        return new EntityKey(change.kind(), change.entityId());
    }

    /** The name of the entity's advisory lock: {@code kind/id}. */
    public String lockName() {
        return kind + "/" + entityId;
    }

    @Override
    public int compareTo(EntityKey other) {
        return ORDER.compare(this, other);
    }
}
