package org.entente.catalog.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;

/**
 * Serialises the changes to one dyad's facts across transactions and service instances with PostgreSQL
 * transaction-level advisory locks. Kafka keys keep a dyad on one partition, so contention is rare; the lock
 * makes merging correct even when two consumers do see the same dyad. Locks are released at commit or rollback.
 *
 * <p>Lock order, to rule out deadlocks: an article row first, then dyads in sorted order.
 */
@ApplicationScoped
public class DyadLocks {

    /** Waits for and takes the lock of each dyad, in sorted order. */
    public void lock(Collection<String> dyads) {
        dyads.stream().distinct().sorted().forEach(this::lock);
    }

    /** Waits for and takes the lock of one dyad. */
    public void lock(String dyad) {
        Panache.getEntityManager()
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) l")
                .setParameter("key", "dyad:" + dyad)
                .getSingleResult();
    }
}
