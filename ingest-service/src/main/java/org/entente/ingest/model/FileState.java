package org.entente.ingest.model;

/** Where one file of a batch stands. */
public enum FileState {
    /** Stored with its content, waiting for the worker. */
    PENDING,
    /** Ingested as a new article. */
    ACCEPTED,
    /** Its text was already ingested; nothing new was stored. */
    DUPLICATE,
    /** Refused; the reason says why. */
    FAILED
}
