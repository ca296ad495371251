package org.entente.ingest.service;

/** Why an upload was refused. The REST layer turns each into a problem type and an HTTP status. */
public enum Rejection {
    /** A request parameter has a wrong value (a date that is not {@code YYYY-MM-DD}, a missing part). */
    INVALID_PARAMETER,
    /** The body or file holds no text. */
    EMPTY_TEXT,
    /** The request or one of its files is larger than allowed. */
    TOO_LARGE,
    /** The file's content is of a type that is not accepted. */
    UNSUPPORTED_MEDIA_TYPE,
    /** The file is damaged or not what its type says. */
    UNREADABLE_DOCUMENT,
    /** The file is encrypted or password-protected. */
    ENCRYPTED_DOCUMENT,
    /** The file expands to far more than it weighs (a decompression bomb) or holds too much text. */
    DOCUMENT_TOO_COMPLEX,
    /** Parsing the file took longer than allowed. */
    PARSE_TIMEOUT,
    /** An archive is hostile: path traversal, a zip bomb, too many entries. */
    UNSAFE_ARCHIVE
}
