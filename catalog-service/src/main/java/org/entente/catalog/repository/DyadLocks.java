package org.entente.catalog.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.List;
import org.hibernate.Session;

/**
 * Serialises the changes to one dyad's facts across transactions and service instances with PostgreSQL
 * transaction-level advisory locks. Kafka keys keep a dyad on one partition, so contention is rare; the lock
 * makes merging correct even when two consumers do see the same dyad. Locks are released at commit or rollback.
 *
 * <p>Lock order, to rule out deadlocks: an article row first, then dyads in sorted order.
 */
@ApplicationScoped
public class DyadLocks {

    /**
     * Waits for and takes the lock of each dyad, in sorted order, with one statement: {@code unnest} yields the
     * sorted array's elements in order, and each row takes its lock before the next is read.
     */
    public void lock(Collection<String> dyads) {
        List<String> keys = dyads.stream().distinct().sorted().map(dyad -> "dyad:" + dyad).toList();
        if (keys.isEmpty()) {
            return;
        }
        Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("select count(pg_advisory_xact_lock("
                    + "hashtextextended(k, 0))) from unnest(?::text[]) as k")) {
                lock.setArray(1, connection.createArrayOf("text", keys.toArray()));
                lock.executeQuery().close();
            }
        });
    }

    /** Waits for and takes the lock of one dyad. */
    public void lock(String dyad) {
        Panache.getEntityManager()
                .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) l")
                .setParameter("key", "dyad:" + dyad)
                .getSingleResult();
    }
}
