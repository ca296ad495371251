package org.entente.ingest.service.archive;

/**
 * What reading one zip archive may cost.
 *
 * @param maxEntries           most file entries (directories are not counted)
 * @param maxUncompressedBytes most bytes all entries may inflate to, together
 * @param maxCompressionRatio  most uncompressed bytes per byte of archive
 * @param ratioThreshold       uncompressed bytes the archive may reach before the ratio is checked, so that small,
 *                             highly compressible archives are not refused
 */
public record ZipLimits(int maxEntries, long maxUncompressedBytes, int maxCompressionRatio, long ratioThreshold) {

    public ZipLimits {
        if (maxEntries < 0 || maxUncompressedBytes < 0 || maxCompressionRatio < 1 || ratioThreshold < 0) {
            throw new IllegalArgumentException("zip limits must not be negative and the ratio at least 1");
        }
    }

    /** The same limits with fewer entries and bytes allowed. */
    public ZipLimits capped(int entries, long uncompressedBytes) {
        return new ZipLimits(Math.min(maxEntries, entries), Math.min(maxUncompressedBytes, uncompressedBytes),
                maxCompressionRatio, ratioThreshold);
    }
}
