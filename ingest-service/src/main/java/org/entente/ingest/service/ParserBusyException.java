package org.entente.ingest.service;

import java.time.Duration;

/** Every parser thread is busy and the queue is full; the client should try again shortly. */
public class ParserBusyException extends RuntimeException {

    private final Duration retryAfter;

    public ParserBusyException(Duration retryAfter) {
        super("Too many documents are being parsed; try again in " + retryAfter.toSeconds() + " seconds.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
