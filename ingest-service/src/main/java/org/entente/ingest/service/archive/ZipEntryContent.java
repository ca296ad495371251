package org.entente.ingest.service.archive;

/**
 * One file of an archive.
 *
 * @param name    its path inside the archive, with {@code /} separators
 * @param content its bytes, or null when it is larger than the reader's per-entry limit
 * @param size    its uncompressed size in bytes
 */
public record ZipEntryContent(String name, byte[] content, long size) {

    /** Whether the entry was too large to be kept. */
    public boolean oversized() {
        return content == null;
    }
}
