package org.entente.ingest.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * A Kafka message waiting to be sent: written in the same transaction as its article, deleted once Kafka has
 * acknowledged it. The CloudEvents id and time are fixed when the row is written, so a resend is recognisably the
 * same event.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    /** Any constant: the key of the PostgreSQL advisory lock that lets one relay at a time send. */
    private static final long RELAY_LOCK = 0x656e74656e7465L;
    private static final int MAX_ERROR_LENGTH = 1000;
    private static final String INSERT_ALL = """
            insert into outbox_message (article_id, topic, message_key, payload, ce_id, ce_type, ce_time)
            select article_id, topic, message_key, payload, ce_id, ce_type, ce_time
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[])
                with ordinality as m(article_id, topic, message_key, payload, ce_id, ce_type, ce_time, position)
            order by position""";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String articleId;
    public String topic;
    public String messageKey;
    /** The JSON payload. */
    public String payload;
    public String ceId;
    public String ceType;
    public Instant ceTime;
    /** Failed sends so far. */
    public int attempts;
    /** Why the last send failed, or null. */
    public String lastError;

    /**
     * Writes {@code messages} in one statement, their ids in list order (the relay sends in id order). The
     * objects are not attached to the persistence context and their {@code id} stays null.
     */
    public static void insertAll(List<OutboxMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ALL)) {
                insert.setArray(1, texts(connection, messages, m -> m.articleId));
                insert.setArray(2, texts(connection, messages, m -> m.topic));
                insert.setArray(3, texts(connection, messages, m -> m.messageKey));
                insert.setArray(4, texts(connection, messages, m -> m.payload));
                insert.setArray(5, texts(connection, messages, m -> m.ceId));
                insert.setArray(6, texts(connection, messages, m -> m.ceType));
                insert.setArray(7, connection.createArrayOf("timestamptz", messages.stream()
                        .map(m -> OffsetDateTime.ofInstant(m.ceTime, ZoneOffset.UTC)).toArray()));
                insert.executeUpdate();
            }
        });
    }

    private static Array texts(Connection connection, List<OutboxMessage> messages,
                               Function<OutboxMessage, String> field) throws SQLException {
        return connection.createArrayOf("text", messages.stream().map(field).toArray());
    }

    /** The oldest waiting messages, in the order they were written. */
    public static List<OutboxMessage> oldest(int limit) {
        return findAll(Sort.by("id")).page(Page.ofSize(limit)).list();
    }

    /** Messages of one article still waiting. */
    public static long pendingFor(String articleId) {
        return count("articleId", articleId);
    }

    /**
     * Takes the relay lock for the current transaction, so that one relay at a time sends (which keeps each key's
     * messages in order across several instances of the service).
     *
     * @return false when another relay holds it
     */
    public static boolean tryRelayLock() {
        return (Boolean) getEntityManager().createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK)
                .getSingleResult();
    }

    /** Records a failed send of this message. */
    public void failed(String error) {
        attempts++;
        lastError = error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
