package org.entente.catalog.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.entente.catalog.support.KafkaProbe;
import org.entente.contract.Topics;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.Test;

/**
 * The outbox without a retention (the default outside tests): a message is deleted once Kafka has acknowledged it,
 * and one Kafka refuses stays for the next try.
 */
@QuarkusTest
@TestProfile(OutboxDeletionTest.NoRetention.class)
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "catalog"))
class OutboxDeletionTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    /** The service's default retention of sent messages: none. */
    public static class NoRetention implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("entente.catalog.outbox.retention", "0s");
        }
    }

    @Test
    void anAcknowledgedMessageIsDeletedAndARefusedOneStaysForTheNextTry() throws SQLException {
        String key = "deleted-" + UUID.randomUUID();
        long sent = insertUnsent(Topics.CATALOG_FACTS, key);
        long refused = insertUnsent("not a valid topic!", key + "-refused");

        try (KafkaProbe kafka = new KafkaProbe()) {
            assertThat(kafka.await(Topics.CATALOG_FACTS, r -> key.equals(r.key()), 1, WAIT)).hasSize(1);
        }
        await().atMost(WAIT).until(() -> !exists(sent) && attempts(refused) >= 1);
        assertThat(exists(refused)).isTrue();
    }

    private static long insertUnsent(String topic, String key) throws SQLException {
        try (Connection db = connect();
             PreparedStatement insert = db.prepareStatement("""
                     insert into outbox_message (topic, message_key, ce_id, ce_type, ce_subject, ce_time, payload,
                                                 next_attempt_at)
                     values (?, ?, ?, ?, 'event/0', now(), '{"op":"test"}', now())
                     returning id""")) {
            insert.setString(1, topic);
            insert.setString(2, key);
            insert.setString(3, key);
            insert.setString(4, Topics.TYPE_CATALOG_CHANGE);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static boolean exists(long id) throws SQLException {
        return attempts(id) >= 0;
    }

    /** The message's failed attempts, or -1 when it is gone. */
    private static int attempts(long id) throws SQLException {
        try (Connection db = connect();
             PreparedStatement query = db.prepareStatement("select attempts from outbox_message where id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getInt(1) : -1;
            }
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(LocalInfraTestResource.jdbcUrl("catalog"),
                LocalInfraTestResource.jdbcUsername(), LocalInfraTestResource.jdbcPassword());
    }
}
