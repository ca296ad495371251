package org.entente.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.entente.catalog.model.OutboxMessage;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;

/** The transactional outbox. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxMessage> {

    /**
     * Up to {@code limit} unsent messages that are due, oldest first, locked until the transaction ends. Rows
     * another relay has locked are skipped, so several instances can relay at once without sending a message
     * twice. The messages are read-only: the relay records their outcome with {@link #markSent} (or
     * {@link #deleteAll}) and {@link #markFailed}, so they are neither dirty-checked nor flushed.
     */
    public List<OutboxMessage> lockDue(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<OutboxMessage> due = getEntityManager()
                .createNativeQuery("select * from outbox_message where sent_at is null and next_attempt_at <= :now"
                        + " order by id limit :limit for update skip locked", OutboxMessage.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        return due;
    }

    /** Marks the messages sent at the given time, with one statement whatever their number. */
    public void markSent(Collection<Long> ids, Instant sentAt) {
        if (ids.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update outbox_message set sent_at = ? where id = any(?)")) {
                update.setObject(1, OffsetDateTime.ofInstant(sentAt, ZoneOffset.UTC));
                update.setArray(2, connection.createArrayOf("bigint", ids.toArray()));
                update.executeUpdate();
            }
        });
    }

    /** Deletes the messages, with one statement whatever their number. */
    public void deleteAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from outbox_message where id = any(?)")) {
                delete.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
                delete.executeUpdate();
            }
        });
    }

    /** Records a failed attempt to send a message: its attempt count, the reason and when to try again. */
    public void markFailed(long id, int attempts, String lastError, Instant nextAttemptAt) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update outbox_message"
                    + " set attempts = ?, last_error = ?, next_attempt_at = ? where id = ?")) {
                update.setInt(1, attempts);
                update.setString(2, lastError);
                update.setObject(3, OffsetDateTime.ofInstant(nextAttemptAt, ZoneOffset.UTC));
                update.setLong(4, id);
                update.executeUpdate();
            }
        });
    }

    /** Deletes the messages sent before the given time; returns how many. */
    public long purgeSentBefore(Instant cutoff) {
        return delete("sentAt < ?1", cutoff);
    }
}
