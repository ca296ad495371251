package org.entente.localstack.tools;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits files into batches that stay within ingest-service's batch limits: at most {@code maxFiles} files and
 * {@code maxBytes} bytes each. A file larger than {@code maxBytes} goes alone into its own batch (the service then
 * says why it refuses it), and the order of the files is kept.
 *
 * @param maxFiles most files in one batch
 * @param maxBytes most bytes in one batch
 */
public record BatchChunker(int maxFiles, long maxBytes) {

    /**
     * Well below the service's defaults ({@code entente.ingest.batch.max-files} 1000, {@code max-total-size} 100M),
     * so that each batch is stored in a short transaction and progress shows early.
     */
    public static final BatchChunker DEFAULT = new BatchChunker(200, 32L * 1024 * 1024);

    public BatchChunker {
        if (maxFiles < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The batches, in order; none is empty. */
    public List<List<ArticleFile>> chunks(List<ArticleFile> files) {
        List<List<ArticleFile>> chunks = new ArrayList<>();
        List<ArticleFile> current = new ArrayList<>();
        long bytes = 0;
        for (ArticleFile file : files) {
            boolean full = current.size() == maxFiles || bytes + file.size() > maxBytes;
            if (!current.isEmpty() && full) {
                chunks.add(List.copyOf(current));
                current.clear();
                bytes = 0;
            }
            current.add(file);
            bytes += file.size();
        }
        if (!current.isEmpty()) {
            chunks.add(List.copyOf(current));
        }
        return chunks;
    }
}
