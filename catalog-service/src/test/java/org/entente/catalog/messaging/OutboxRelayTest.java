package org.entente.catalog.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.entente.catalog.service.Housekeeping;
import org.entente.catalog.support.KafkaProbe;
import org.entente.contract.Topics;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "catalog"))
class OutboxRelayTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    Housekeeping housekeeping;

    @Test
    void anUnsentMessageThatFailedBeforeIsRelayedAndMarkedSent() throws SQLException {
        String key = "retry-" + UUID.randomUUID();
        long id = insertUnsent(Topics.CATALOG_FACTS, key, 3, "broker not available");

        try (KafkaProbe kafka = new KafkaProbe()) {
            List<ConsumerRecord<String, String>> relayed = kafka.await(Topics.CATALOG_FACTS,
                    r -> key.equals(r.key()), 1, WAIT);
            assertThat(relayed).hasSize(1);
            assertThat(relayed.get(0).value()).isEqualTo("{\"op\":\"test\"}");
            assertThat(KafkaProbe.header(relayed.get(0), "ce_id")).isEqualTo(key);
            assertThat(KafkaProbe.header(relayed.get(0), "ce_subject")).isEqualTo("event/0");
        }
        await().atMost(WAIT).until(() -> sentAt(id) != null);
    }

    @Test
    void aMessageKafkaRefusesStaysUnsentAndIsRetriedLater() throws SQLException {
        String key = "refused-" + UUID.randomUUID();
        long id = insertUnsent("not a valid topic!", key, 0, null);

        await().atMost(WAIT).until(() -> attempts(id) >= 1);
        assertThat(sentAt(id)).isNull();
        assertThat(lastError(id)).isNotBlank();

        execute("update outbox_message set topic = ?, next_attempt_at = now() where id = ?", Topics.CATALOG_FACTS, id);

        await().atMost(WAIT).until(() -> sentAt(id) != null);
        try (KafkaProbe kafka = new KafkaProbe()) {
            assertThat(kafka.await(Topics.CATALOG_FACTS, r -> key.equals(r.key()), 1, WAIT)).hasSize(1);
        }
    }

    @Test
    void theAcknowledgedMessagesOfARoundAreMarkedSentAndOnlyTheRefusedOneCountsAFailure() throws SQLException {
        String key = "round-" + UUID.randomUUID();
        long first = insertUnsent(Topics.CATALOG_FACTS, key + "-1", 0, null);
        long refused = insertUnsent("not a valid topic!", key + "-refused", 0, null);
        long second = insertUnsent(Topics.CATALOG_FACTS, key + "-2", 0, null);

        await().atMost(WAIT).until(() -> sentAt(first) != null && sentAt(second) != null && attempts(refused) >= 1);
        assertThat(sentAt(refused)).isNull();
        assertThat(lastError(refused)).isNotBlank();
        assertThat(attempts(first)).isZero();
        assertThat(attempts(second)).isZero();
        assertThat(lastError(first)).isNull();
    }

    @Test
    void housekeepingPurgesOnlyWhatIsPastItsRetention() throws SQLException {
        String key = "purge-" + UUID.randomUUID();
        long oldSent = insertUnsent(Topics.CATALOG_FACTS, key + "-old", 0, null);
        long recentSent = insertUnsent(Topics.CATALOG_FACTS, key + "-recent", 0, null);
        long unsent = insertUnsent("not a valid topic!", key + "-unsent", 0, null);
        execute("update outbox_message set sent_at = now() - interval '8 days', topic = ? where id = ?",
                Topics.CATALOG_FACTS, oldSent);
        execute("update outbox_message set sent_at = now() - interval '1 day', topic = ? where id = ?",
                Topics.CATALOG_FACTS, recentSent);
        execute("insert into processed_message (message_id, topic, processed_at)"
                + " values (?, 'facts.extracted', now() - interval '31 days')", key + "-old", -1);
        execute("insert into processed_message (message_id, topic, processed_at)"
                + " values (?, 'facts.extracted', now())", key + "-recent", -1);

        housekeeping.purge();

        assertThat(count("select count(*) from outbox_message where id in (" + oldSent + ", " + recentSent + ", "
                + unsent + ")")).isEqualTo(2);
        assertThat(column(oldSent, "id")).isNull();
        assertThat(count("select count(*) from processed_message where message_id like '" + key + "%'"))
                .isEqualTo(1);
    }

    private static long insertUnsent(String topic, String key, int attempts, String lastError) throws SQLException {
        try (Connection db = connect();
             PreparedStatement insert = db.prepareStatement("""
                     insert into outbox_message (topic, message_key, ce_id, ce_type, ce_subject, ce_time, payload,
                                                 attempts, last_error, next_attempt_at)
                     values (?, ?, ?, ?, 'event/0', now(), '{"op":"test"}', ?, ?, now())
                     returning id""")) {
            insert.setString(1, topic);
            insert.setString(2, key);
            insert.setString(3, key);
            insert.setString(4, Topics.TYPE_CATALOG_CHANGE);
            insert.setInt(5, attempts);
            insert.setString(6, lastError);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Object sentAt(long id) throws SQLException {
        return column(id, "sent_at");
    }

    private static int attempts(long id) throws SQLException {
        return ((Number) column(id, "attempts")).intValue();
    }

    private static String lastError(long id) throws SQLException {
        return (String) column(id, "last_error");
    }

    private static Object column(long id, String column) throws SQLException {
        try (Connection db = connect();
             PreparedStatement query = db.prepareStatement("select " + column + " from outbox_message where id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getObject(1) : null;
            }
        }
    }

    /** Runs a statement with a text parameter and, unless negative, an id parameter. */
    private static void execute(String sql, String text, long id) throws SQLException {
        try (Connection db = connect(); PreparedStatement update = db.prepareStatement(sql)) {
            update.setString(1, text);
            if (id >= 0) {
                update.setLong(2, id);
            }
            update.executeUpdate();
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(sql);
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(LocalInfraTestResource.jdbcUrl("catalog"),
                LocalInfraTestResource.jdbcUsername(), LocalInfraTestResource.jdbcPassword());
    }
}
