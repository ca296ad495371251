package org.entente.ingest.service.batch;

import org.entente.ingest.model.JobFile;
import org.entente.ingest.model.JobFileContent;

import java.time.Instant;
import java.util.UUID;

/** Writes the files of one new job in upload order, each with its content, without keeping the bytes in memory. */
final class JobFileWriter {

    private final UUID jobId;
    private final Instant at;
    private int position;

    JobFileWriter(UUID jobId, Instant at) {
        this.jobId = jobId;
        this.at = at;
    }

    /** Stores a file to be processed. */
    void pending(String name, byte[] content) {
        JobFile file = JobFile.of(jobId, position++, name, content.length);
        file.persist();
        JobFileContent stored = JobFileContent.of(file.id, content);
        stored.persistAndFlush();
        // the bytes are in the database now; let the persistence context forget them
        JobFileContent.getEntityManager().detach(stored);
    }

    /** Stores a file that is refused without being processed. */
    void failed(String name, long size, String reason) {
        JobFile file = JobFile.of(jobId, position++, name, size);
        file.failed(reason, at);
        file.persist();
    }
}
