package org.entente.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.entente.catalog.model.OutboxMessage;

/** The transactional outbox. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxMessage> {

    /**
     * Up to {@code limit} unsent messages that are due, oldest first, locked until the transaction ends. Rows
     * another relay has locked are skipped, so several instances can relay at once without sending a message
     * twice.
     */
    public List<OutboxMessage> lockDue(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<OutboxMessage> due = getEntityManager()
                .createNativeQuery("select * from outbox_message where sent_at is null and next_attempt_at <= :now"
                        + " order by id limit :limit for update skip locked", OutboxMessage.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        return due;
    }

    /** Deletes the messages sent before the given time; returns how many. */
    public long purgeSentBefore(Instant cutoff) {
        return delete("sentAt < ?1", cutoff);
    }
}
