package org.entente.ingest.service;

import java.util.Objects;

/**
 * An upload that cannot be accepted because of what the client sent. Nothing has been stored when it is thrown.
 */
public class InputRejectedException extends RuntimeException {

    private final Rejection rejection;
    private final String field;

    /**
     * @param rejection why, in the terms the API reports
     * @param detail    a sentence for the client, naming the problem (never a class name or stack trace)
     */
    public InputRejectedException(Rejection rejection, String detail) {
        this(rejection, null, detail);
    }

    /**
     * @param rejection why, in the terms the API reports
     * @param field     the request field at fault, or null
     * @param detail    a sentence for the client, naming the problem
     */
    public InputRejectedException(Rejection rejection, String field, String detail) {
        super(detail);
        this.rejection = Objects.requireNonNull(rejection);
        this.field = field;
    }

    public Rejection rejection() {
        return rejection;
    }

    /** The request field at fault, or null when the problem is not with one field. */
    public String field() {
        return field;
    }
}
