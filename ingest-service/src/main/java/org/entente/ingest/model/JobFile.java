package org.entente.ingest.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One file of a batch job, in upload order. Its content waits in {@link JobFileContent} until it is processed. */
@Entity
@Table(name = "job_file")
public class JobFile extends PanacheEntityBase {

    private static final int MAX_REASON_LENGTH = 1000;
    private static final int MAX_NAME_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID jobId;
    public int position;
    public String name;
    public long size;
    @Enumerated(EnumType.STRING)
    public FileState state;
    /** Why the file failed, or null. */
    public String reason;
    /** The article it became (also for a duplicate), or null. */
    public String articleId;
    public int events;
    public int agreements;
    public int trade;
    public Instant processedAt;

    /** A new pending file of a job. */
    public static JobFile of(UUID jobId, int position, String name, long size) {
        JobFile file = new JobFile();
        file.jobId = jobId;
        file.position = position;
        file.name = name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name;
        file.size = size;
        file.state = FileState.PENDING;
        return file;
    }

    /** Ids of the oldest pending files, without locking them. */
    public static List<Long> pendingIds(int limit) {
        return find("select id from JobFile where state = ?1 order by id", FileState.PENDING)
                .project(Long.class).page(0, limit).list();
    }

    /**
     * Locks the file for this transaction if it is still pending and no other transaction holds it.
     *
     * @return the file, or null when it is done or taken
     */
    public static JobFile lockIfPending(long id) {
        List<?> rows = getEntityManager().createNativeQuery(
                        "select * from job_file where id = :id and state = 'PENDING' for update skip locked",
                        JobFile.class)
                .setParameter("id", id)
                .getResultList();
        return rows.isEmpty() ? null : (JobFile) rows.get(0);
    }

    /** The files of a job in upload order. */
    public static List<JobFile> ofJob(UUID jobId) {
        return list("jobId", Sort.by("position"), jobId);
    }

    /** Marks the file ingested, as a new article or a duplicate. */
    public void ingested(String article, boolean duplicate, int events, int agreements, int trade, Instant at) {
        this.state = duplicate ? FileState.DUPLICATE : FileState.ACCEPTED;
        this.articleId = article;
        this.events = events;
        this.agreements = agreements;
        this.trade = trade;
        this.processedAt = at;
    }

    /** Marks the file failed. */
    public void failed(String why, Instant at) {
        this.state = FileState.FAILED;
        this.reason = why.length() > MAX_REASON_LENGTH ? why.substring(0, MAX_REASON_LENGTH) : why;
        this.processedAt = at;
    }
}
