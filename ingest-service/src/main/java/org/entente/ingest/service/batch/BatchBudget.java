package org.entente.ingest.service.batch;

import org.entente.ingest.service.InputRejectedException;
import org.entente.ingest.service.Rejection;

/** Counts the files and bytes of a batch as they are added and refuses the batch once it exceeds its limits. */
final class BatchBudget {

    private final int maxFiles;
    private final long maxBytes;
    private int files;
    private long bytes;

    BatchBudget(int maxFiles, long maxBytes) {
        this.maxFiles = maxFiles;
        this.maxBytes = maxBytes;
    }

    /** Counts one more file of the given size (uncompressed). */
    void add(long size) {
        files++;
        bytes += size;
        if (files > maxFiles) {
            throw tooLarge("it holds more than " + maxFiles + " files");
        }
        if (bytes > maxBytes) {
            throw tooLarge("its files add up to more than " + maxBytes + " bytes");
        }
    }

    int filesLeft() {
        return maxFiles - files;
    }

    long bytesLeft() {
        return maxBytes - bytes;
    }

    InputRejectedException tooLarge(String why) {
        return new InputRejectedException(Rejection.TOO_LARGE, "The batch is too large: " + why
                + " (at most " + maxFiles + " files and " + maxBytes + " bytes, zip contents counted uncompressed).");
    }

    int files() {
        return files;
    }
}
