package org.entente.ingest.rest;

/** The kinds of problem the API reports, each with its HTTP status. Their URIs are stable; clients may rely on them. */
public enum ProblemType {
    INVALID_PARAMETER(400, "invalid-parameter", "Invalid parameter"),
    MALFORMED_JSON(400, "malformed-json", "Malformed JSON"),
    EMPTY_TEXT(400, "empty-text", "No text"),
    BAD_REQUEST(400, "bad-request", "Bad request"),
    UNAUTHORIZED(401, "unauthorized", "Missing or invalid API key"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    TOO_LARGE(413, "too-large", "Content too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    UNREADABLE_DOCUMENT(422, "unreadable-document", "Unreadable document"),
    ENCRYPTED_DOCUMENT(422, "encrypted-document", "Encrypted document"),
    DOCUMENT_TOO_COMPLEX(422, "document-too-complex", "Document too complex"),
    PARSE_TIMEOUT(422, "parse-timeout", "Parsing took too long"),
    UNSAFE_ARCHIVE(422, "unsafe-archive", "Unsafe archive"),
    BUSY(503, "busy", "Busy");

    private static final String URI_PREFIX = "urn:entente:problem:";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return URI_PREFIX + slug;
    }

    public String title() {
        return title;
    }

    /** The type for a status the framework chose, when no more specific type applies. */
    static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return BAD_REQUEST;
    }
}
