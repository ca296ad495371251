package org.entente.catalog.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.Session;

/** The ids of the Kafka messages already applied. */
@ApplicationScoped
public class ProcessedMessageRepository {

    /**
     * Records several messages as applied in the current transaction, with one statement.
     *
     * @return the ids that were not recorded yet (an id given twice counts once)
     */
    public Set<String> markAllProcessed(Collection<String> messageIds, String topic, Instant now) {
        Set<String> fresh = new HashSet<>();
        if (messageIds.isEmpty()) {
            return fresh;
        }
        Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into processed_message"
                    + " (message_id, topic, processed_at) select id, ?, ? from unnest(?::text[]) as id"
                    + " on conflict (message_id) do nothing returning message_id")) {
                insert.setString(1, topic);
                insert.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                insert.setArray(3, connection.createArrayOf("text", messageIds.toArray()));
                try (ResultSet inserted = insert.executeQuery()) {
                    while (inserted.next()) {
                        fresh.add(inserted.getString(1));
                    }
                }
            }
        });
        return fresh;
    }

    /** Forgets the messages applied before the given time; returns how many. */
    public int forgetBefore(Instant cutoff) {
        return Panache.getEntityManager()
                .createNativeQuery("delete from processed_message where processed_at < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
