package org.entente.ingest.service.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.tika.mime.MediaType;
import org.entente.ingest.config.IngestConfig;
import org.entente.ingest.model.IngestJob;
import org.entente.ingest.model.JobFile;
import org.entente.ingest.service.InputRejectedException;
import org.entente.ingest.service.Rejection;
import org.entente.ingest.service.archive.ZipArchiveReader;
import org.entente.ingest.service.archive.ZipEntryContent;
import org.entente.ingest.service.archive.ZipLimitException;
import org.entente.ingest.service.archive.ZipLimits;
import org.entente.ingest.service.parse.DocumentParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Accepts batch uploads: stores every file of the batch (the entries of a zip part one by one) with a new job, in one
 * transaction, for {@link BatchWorker} to process in the background. A batch over its limits, or a hostile zip, is
 * refused whole, and then nothing is stored.
 */
@ApplicationScoped
public class BatchService {

    /** Archive types that are never opened inside a zip: nested archives are not followed. */
    private static final Set<String> ARCHIVE_TYPES = Set.of("application/zip", "application/x-tar", "application/gzip",
            "application/x-gzip", "application/x-7z-compressed", "application/x-rar-compressed",
            "application/x-bzip2", "application/x-xz", "application/java-archive");

    private final DocumentParser parser;
    private final IngestConfig config;
    private final ZipLimits zipLimits;

    public BatchService(DocumentParser parser, IngestConfig config, ZipLimits zipLimits) {
        this.parser = parser;
        this.config = config;
        this.zipLimits = zipLimits;
    }

    /**
     * Stores a batch as a new job.
     *
     * @param parts the uploaded file parts, in upload order
     * @return the job's id
     * @throws InputRejectedException when there is no file, the batch is over its limits or a zip is hostile
     */
    @Transactional
    public UUID submit(List<BatchPart> parts) {
        if (parts.isEmpty()) {
            throw new InputRejectedException(Rejection.INVALID_PARAMETER, "file",
                    "Send at least one multipart part named 'file'.");
        }
        Instant now = Instant.now();
        IngestJob job = IngestJob.create(now);
        BatchBudget budget = new BatchBudget(config.batch().maxFiles(), config.batch().maxTotalSize().asLongValue());
        JobFileWriter writer = new JobFileWriter(job.id, now);
        for (BatchPart part : parts) {
            if (isZip(part)) {
                addZipEntries(part, budget, writer);
            } else {
                addFile(part, budget, writer);
            }
        }
        return job.id;
    }

    /** The progress of a job, or empty when there is no such job. */
    @Transactional
    public Optional<JobStatus> status(UUID id) {
        return IngestJob.<IngestJob>findByIdOptional(id).map(job -> JobStatus.of(job, JobFile.ofJob(id)));
    }

    private boolean isZip(BatchPart part) {
        try {
            return MediaType.APPLICATION_ZIP.equals(parser.detect(part.fileName(), part.file()).getBaseType());
        } catch (IOException e) {
            throw new UncheckedIOException("reading an uploaded part", e);
        }
    }

    private void addFile(BatchPart part, BatchBudget budget, JobFileWriter writer) {
        budget.add(part.size());
        String name = part.fileName() == null ? "file-" + budget.files() : part.fileName();
        long maxSize = config.maxArticleSize().asLongValue();
        if (part.size() > maxSize) {
            writer.failed(name, part.size(), tooLarge(maxSize));
            return;
        }
        try {
            writer.pending(name, Files.readAllBytes(part.file()));
        } catch (IOException e) {
            throw new UncheckedIOException("reading an uploaded part", e);
        }
    }

    private void addZipEntries(BatchPart part, BatchBudget budget, JobFileWriter writer) {
        ZipLimits limits = zipLimits.capped(budget.filesLeft(), budget.bytesLeft());
        long maxSize = config.maxArticleSize().asLongValue();
        String zipName = part.fileName() == null ? "archive" : part.fileName();
        try (InputStream in = Files.newInputStream(part.file())) {
            new ZipArchiveReader(limits).forEachEntry(in, part.size(), maxSize, entry -> {
                if (isJunk(entry.name())) {
                    return;
                }
                budget.add(entry.size());
                addEntry(zipName + "/" + entry.name(), entry, maxSize, writer);
            });
        } catch (ZipLimitException e) {
            throw refused(zipName, e, budget);
        } catch (IOException e) {
            throw new UncheckedIOException("reading an uploaded part", e);
        }
    }

    private void addEntry(String name, ZipEntryContent entry, long maxSize, JobFileWriter writer) {
        if (entry.oversized()) {
            writer.failed(name, entry.size(), tooLarge(maxSize));
        } else if (ARCHIVE_TYPES.contains(parser.detect(name, entry.content()).getBaseType().toString())) {
            writer.failed(name, entry.size(), "Archives inside archives are not followed.");
        } else {
            writer.pending(name, entry.content());
        }
    }

    private static InputRejectedException refused(String zipName, ZipLimitException e, BatchBudget budget) {
        return switch (e.kind()) {
            case TOO_MANY_ENTRIES, TOO_LARGE -> budget.tooLarge("in '" + zipName + "', " + e.getMessage());
            case MALFORMED -> new InputRejectedException(Rejection.UNREADABLE_DOCUMENT,
                    "The zip archive '" + zipName + "' could not be read: " + e.getMessage() + ".");
            case COMPRESSION_RATIO, PATH_TRAVERSAL -> new InputRejectedException(Rejection.UNSAFE_ARCHIVE,
                    "The zip archive '" + zipName + "' was refused: " + e.getMessage() + ".");
        };
    }

    /** Operating-system clutter that zip tools add: resource forks and hidden files. */
    private static boolean isJunk(String name) {
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        return name.startsWith("__MACOSX/") || fileName.startsWith(".");
    }

    private static String tooLarge(long maxSize) {
        return "The file is larger than " + maxSize + " bytes.";
    }
}
