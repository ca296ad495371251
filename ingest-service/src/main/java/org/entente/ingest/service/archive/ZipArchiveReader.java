package org.entente.ingest.service.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads zip archives defensively: counts the bytes actually inflated (entry headers can lie), stops at the first
 * broken {@link ZipLimits limit}, and refuses entry names that would leave the archive's root. Nothing is ever written
 * to disk, so a hostile name can do no harm beyond being refused.
 */
public final class ZipArchiveReader {

    private static final int CHUNK = 8192;

    private final ZipLimits limits;

    public ZipArchiveReader(ZipLimits limits) {
        this.limits = limits;
    }

    /**
     * Inflates every entry and discards it, to prove the archive stays within the limits before a parser opens it.
     *
     * @param archive the archive's bytes
     * @throws ZipLimitException when a limit is broken or the archive is not a readable zip
     */
    public void inspect(byte[] archive) throws ZipLimitException {
        read(new ByteArrayInputStream(archive), archive.length, 0, entry -> { });
    }

    /**
     * Reads every file entry (directories are skipped), handing each to {@code consumer} in archive order.
     *
     * @param archive      the archive; closed when done
     * @param archiveSize  the archive's size in bytes, against which the compression ratio is measured
     * @param maxEntrySize entries larger than this are handed over without content ({@link ZipEntryContent#oversized()})
     * @param consumer     receives each entry
     * @throws ZipLimitException when a limit is broken or the archive is not a readable zip
     */
    public void forEachEntry(InputStream archive, long archiveSize, long maxEntrySize,
                             Consumer<ZipEntryContent> consumer) throws ZipLimitException {
        read(archive, archiveSize, maxEntrySize, consumer);
    }

    private void read(InputStream archive, long archiveSize, long maxEntrySize, Consumer<ZipEntryContent> consumer)
            throws ZipLimitException {
        Budget budget = new Budget(archiveSize);
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(archive)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = safeName(entry.getName());
                if (entry.isDirectory()) {
                    continue;
                }
                if (++entries > limits.maxEntries()) {
                    throw new ZipLimitException(ZipLimitException.Kind.TOO_MANY_ENTRIES,
                            "the archive has more than " + limits.maxEntries() + " files");
                }
                consumer.accept(readEntry(zip, name, maxEntrySize, budget));
            }
        } catch (ZipException e) {
            throw new ZipLimitException(ZipLimitException.Kind.MALFORMED, "the archive cannot be read as zip", e);
        } catch (IOException e) {
            throw new ZipLimitException(ZipLimitException.Kind.MALFORMED, "the archive is truncated or damaged", e);
        }
    }

    private ZipEntryContent readEntry(InputStream zip, String name, long maxEntrySize, Budget budget)
            throws IOException, ZipLimitException {
        ByteArrayOutputStream kept = maxEntrySize > 0 ? new ByteArrayOutputStream() : null;
        byte[] chunk = new byte[CHUNK];
        long size = 0;
        for (int n = zip.read(chunk); n >= 0; n = zip.read(chunk)) {
            size += n;
            budget.spend(n, name);
            if (kept != null && size > maxEntrySize) {
                kept = null;
            }
            if (kept != null) {
                kept.write(chunk, 0, n);
            }
        }
        return new ZipEntryContent(name, kept == null ? null : kept.toByteArray(), size);
    }

    /** The entry's name with {@code /} separators; refuses absolute names and names with {@code ..} segments. */
    static String safeName(String rawName) throws ZipLimitException {
        String name = rawName.replace('\\', '/');
        boolean absolute = name.startsWith("/") || name.matches("^[A-Za-z]:.*");
        boolean climbs = ("/" + name + "/").contains("/../");
        if (absolute || climbs || name.indexOf('\0') >= 0) {
            throw new ZipLimitException(ZipLimitException.Kind.PATH_TRAVERSAL,
                    "the archive entry '" + printable(rawName) + "' points outside the archive");
        }
        return name;
    }

    private static String printable(String name) {
        String clean = name.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 200 ? clean.substring(0, 200) + "…" : clean;
    }

    /** Uncompressed bytes spent so far against the archive's limits. */
    private final class Budget {
        private final long archiveSize;
        private long spent;

        Budget(long archiveSize) {
            this.archiveSize = archiveSize;
        }

        void spend(long bytes, String entryName) throws ZipLimitException {
            spent += bytes;
            if (spent > limits.maxUncompressedBytes()) {
                throw new ZipLimitException(ZipLimitException.Kind.TOO_LARGE,
                        "the archive inflates to more than " + limits.maxUncompressedBytes() + " bytes");
            }
            if (spent > limits.ratioThreshold() && spent > archiveSize * limits.maxCompressionRatio()) {
                throw new ZipLimitException(ZipLimitException.Kind.COMPRESSION_RATIO,
                        "the archive inflates to more than " + limits.maxCompressionRatio()
                                + " times its size (at entry '" + printable(entryName) + "'): a suspected zip bomb");
            }
        }
    }
}
