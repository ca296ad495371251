package org.entente.analytics.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.Collection;
import org.hibernate.Session;

/**
 * PostgreSQL advisory locks that keep writers of the read model out of each other's way, held until the
 * transaction ends.
 *
 * <ul>
 *   <li>Applying a batch of changes takes the writers' gate shared, then its entities' locks: changes of one
 *       entity are applied one batch at a time, batches of different entities side by side (each transaction
 *       then writes its aggregate rows in one global order, so they cannot deadlock).</li>
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

    private static final String LOCK_ALL_ENTITIES = """
            select count(pg_advisory_xact_lock(?, hash))
            from (select distinct hashtext(name) as hash from unnest(?::text[]) as name order by hash) as ordered""";

    private final EntityManager entityManager;

    public ReadModelLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Joins the writers that apply live changes. */
    public void enterAsChangeWriter() {
        lock("select 1 from pg_advisory_xact_lock_shared(:space, 0)", WRITERS);
    }

    /** Waits until no live change is being applied and keeps them out until the transaction ends. */
    public void enterAlone() {
        lock("select 1 from pg_advisory_xact_lock(:space, 0)", WRITERS);
    }

    /**
     * Serialises the changes of each of several entities (named {@code kind/id}: the catalog numbers each kind
     * apart), taking their locks in one statement in the order of their hashes, so that two batches sharing
     * entities never wait for each other in a cycle.
     */
    public void lockEntities(Collection<String> lockNames) {
        if (lockNames.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(LOCK_ALL_ENTITIES)) {
                lock.setInt(1, ENTITIES);
                lock.setArray(2, connection.createArrayOf("text", lockNames.toArray()));
                lock.executeQuery().close();
            }
        });
    }

    /** Serialises requests to start a rebuild, so that two requests cannot both start one. */
    public void lockRebuildRequests() {
        lock("select 1 from pg_advisory_xact_lock(:space, 0)", REBUILD_REQUESTS);
    }

    private void lock(String sql, int space) {
        entityManager.createNativeQuery(sql).setParameter("space", space).getSingleResult();
    }
}
