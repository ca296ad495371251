package org.entente.ingest.service.batch;

import org.entente.ingest.model.FileState;
import org.entente.ingest.model.IngestJob;
import org.entente.ingest.model.JobFile;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * The progress of a batch job.
 *
 * @param id         the job's id
 * @param state      {@code running} while some file is pending, then {@code done}
 * @param total      files in the batch (zip entries counted one by one)
 * @param processed  files no longer pending
 * @param accepted   files ingested as new articles
 * @param duplicate  files whose text was already ingested
 * @param failed     files refused
 * @param facts      facts extracted from the accepted files
 * @param createdAt  when the batch was accepted
 * @param finishedAt when its last file was processed, or null while running
 * @param files      every file, in upload order
 */
public record JobStatus(UUID id, String state, int total, int processed, int accepted, int duplicate, int failed,
                        FactCounts facts, Instant createdAt, Instant finishedAt, List<FileStatus> files) {

    /**
     * Facts extracted, by kind.
     *
     * @param events     events
     * @param agreements agreement facts
     * @param trade      trade figures
     */
    public record FactCounts(int events, int agreements, int trade) {
    }

    /**
     * One file of the job.
     *
     * @param name    its name (a zip entry is named {@code archive.zip/path/in/archive})
     * @param state   {@code pending}, {@code accepted}, {@code duplicate} or {@code failed}
     * @param article the article it became, or null
     * @param reason  why it failed, or null
     */
    public record FileStatus(String name, String state, String article, String reason) {
    }

    static JobStatus of(IngestJob job, List<JobFile> files) {
        int accepted = count(files, FileState.ACCEPTED);
        int duplicate = count(files, FileState.DUPLICATE);
        int failed = count(files, FileState.FAILED);
        int processed = accepted + duplicate + failed;
        boolean done = processed == files.size();
        List<JobFile> ingested = files.stream().filter(f -> f.state == FileState.ACCEPTED).toList();
        FactCounts facts = new FactCounts(ingested.stream().mapToInt(f -> f.events).sum(),
                ingested.stream().mapToInt(f -> f.agreements).sum(), ingested.stream().mapToInt(f -> f.trade).sum());
        Instant finishedAt = done ? files.stream().map(f -> f.processedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(job.createdAt) : null;
        List<FileStatus> fileStatuses = files.stream().map(f -> new FileStatus(f.name,
                f.state.name().toLowerCase(Locale.ROOT), f.articleId, f.reason)).toList();
        return new JobStatus(job.id, done ? "done" : "running", files.size(), processed, accepted, duplicate, failed,
                facts, job.createdAt, finishedAt, fileStatuses);
    }

    private static int count(List<JobFile> files, FileState state) {
        return (int) files.stream().filter(f -> f.state == state).count();
    }
}
