package org.entente.ingest.rest;

import org.entente.ingest.service.Rejection;

/** The problem type reported for each reason an upload is refused. */
final class RejectionTypes {

    private RejectionTypes() {
    }

    static ProblemType of(Rejection rejection) {
        return switch (rejection) {
            case INVALID_PARAMETER -> ProblemType.INVALID_PARAMETER;
            case EMPTY_TEXT -> ProblemType.EMPTY_TEXT;
            case TOO_LARGE -> ProblemType.TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case UNREADABLE_DOCUMENT -> ProblemType.UNREADABLE_DOCUMENT;
            case ENCRYPTED_DOCUMENT -> ProblemType.ENCRYPTED_DOCUMENT;
            case DOCUMENT_TOO_COMPLEX -> ProblemType.DOCUMENT_TOO_COMPLEX;
            case PARSE_TIMEOUT -> ProblemType.PARSE_TIMEOUT;
            case UNSAFE_ARCHIVE -> ProblemType.UNSAFE_ARCHIVE;
        };
    }
}
