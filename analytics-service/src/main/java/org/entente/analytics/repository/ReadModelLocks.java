package org.entente.analytics.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * PostgreSQL advisory locks that keep writers of the read model out of each other's way, held until the
 * transaction ends.
 *
 * <ul>
 *   <li>Applying one change takes the writers' gate shared, then its entity's lock: changes of one entity are
 *       applied one at a time, changes of different entities side by side (each transaction then writes its
 *       aggregate rows in one global order, so they cannot deadlock).</li>
 *   <li>A rebuild takes the gate exclusively to empty the read model and for each batch it applies, so it never
 *       interleaves with a live change inside one transaction.</li>
 * </ul>
 */
@ApplicationScoped
public class ReadModelLocks {

    /** Lock namespaces (the first key of the two-key advisory locks). */
    private static final int WRITERS = 0x454e5401;
    private static final int ENTITIES = 0x454e5402;
    private static final int REBUILD_REQUESTS = 0x454e5403;

    private final EntityManager entityManager;

    public ReadModelLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Joins the writers that apply single changes. */
    public void enterAsChangeWriter() {
        lock("select 1 from pg_advisory_xact_lock_shared(:space, 0)", WRITERS);
    }

    /** Waits until no single change is being applied and keeps them out until the transaction ends. */
    public void enterAlone() {
        lock("select 1 from pg_advisory_xact_lock(:space, 0)", WRITERS);
    }

    /** Serialises the changes of one entity (of kind {@code kind}: the catalog numbers each kind apart). */
    public void lockEntity(String kind, String entityId) {
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(:space, hashtext(:entity))")
                .setParameter("space", ENTITIES)
                .setParameter("entity", kind + "/" + entityId)
                .getSingleResult();
    }

    /** Serialises requests to start a rebuild, so that two requests cannot both start one. */
    public void lockRebuildRequests() {
        lock("select 1 from pg_advisory_xact_lock(:space, 0)", REBUILD_REQUESTS);
    }

    private void lock(String sql, int space) {
        entityManager.createNativeQuery(sql).setParameter("space", space).getSingleResult();
    }
}
