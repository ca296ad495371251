package org.entente.ingest.service.archive;

/** A zip archive broke one of its {@link ZipLimits} or is hostile; reading stopped. */
public class ZipLimitException extends Exception {

    /** Which guard stopped the archive. */
    public enum Kind {
        /** More entries than allowed. */
        TOO_MANY_ENTRIES,
        /** Inflates to more bytes than allowed. */
        TOO_LARGE,
        /** Inflates to far more than it weighs: a zip bomb. */
        COMPRESSION_RATIO,
        /** An entry's name leaves the archive's root ({@code ../}, absolute paths). */
        PATH_TRAVERSAL,
        /** Not a readable zip archive (damaged, encrypted entries, unsupported layout). */
        MALFORMED
    }

    private final Kind kind;

    public ZipLimitException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ZipLimitException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
