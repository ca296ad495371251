package org.entente.catalog.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The ids of the Kafka messages already applied. */
@ApplicationScoped
public class ProcessedMessageRepository {

    /**
     * Records a message as applied in the current transaction.
     *
     * @return false when it was already recorded (a redelivery)
     */
    public boolean markProcessed(String messageId, String topic, Instant now) {
        return Panache.getEntityManager()
                .createNativeQuery("insert into processed_message (message_id, topic, processed_at)"
                        + " values (:id, :topic, :now) on conflict (message_id) do nothing")
                .setParameter("id", messageId)
                .setParameter("topic", topic)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    /** Forgets the messages applied before the given time; returns how many. */
    public int forgetBefore(Instant cutoff) {
        return Panache.getEntityManager()
                .createNativeQuery("delete from processed_message where processed_at < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
