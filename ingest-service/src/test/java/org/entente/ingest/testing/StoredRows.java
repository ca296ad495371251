package org.entente.ingest.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the service's tables directly, to check what a request stored (or did not). */
@ApplicationScoped
public class StoredRows {

    /**
     * What is stored, in numbers that only grow: a request that stores nothing leaves them unchanged even while the
     * outbox relay deletes sent rows.
     *
     * @param articles     article rows
     * @param lastOutboxId the last outbox id drawn from its sequence (sent rows are deleted; the sequence only grows,
     *                     and only an attempt to write an outbox row draws from it)
     * @param jobs         batch jobs
     * @param files        batch files
     */
    public record Snapshot(long articles, long lastOutboxId, long jobs, long files) {
    }

    @Inject
    DataSource dataSource;

    public Snapshot snapshot() {
        return new Snapshot(number("select count(*) from article"), lastId("outbox_message"),
                number("select count(*) from ingest_job"), number("select count(*) from job_file"));
    }

    private long lastId(String table) {
        return number("select coalesce(pg_sequence_last_value(pg_get_serial_sequence(?, 'id')::regclass), 0)", table);
    }

    /** Outbox rows of one article still waiting for Kafka. */
    public long pendingMessages(String articleId) {
        return number("select count(*) from outbox_message where article_id = ?", articleId);
    }

    /** Failed send attempts recorded on the article's waiting rows. */
    public long failedAttempts(String articleId) {
        return number("select coalesce(sum(attempts), 0) from outbox_message where article_id = ?", articleId);
    }

    /** Whether an article with this id is stored. */
    public boolean articleExists(String id) {
        return number("select count(*) from article where id = ?", id) == 1;
    }

    /** Pending files of a job that still have their content stored. */
    public long storedPendingFiles(String jobId) {
        return number("select count(*) from job_file f join job_file_content c on c.file_id = f.id "
                + "where f.job_id = cast(? as uuid) and f.state = 'PENDING'", jobId);
    }

    /**
     * The waiting outbox rows of one article in the order the relay sends them (by id), each as
     * {@code topic ce_time}.
     */
    public List<String> outboxInSendOrder(String articleId) {
        String sql = "select topic || ' ' || ce_time from outbox_message where article_id = ? order by id";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, articleId);
            List<String> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private long number(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
