package org.entente.analytics.messaging;

/** A replay of the catalog's topic could not be completed. */
public class ReplayException extends RuntimeException {

    public ReplayException(String message) {
        super(message);
    }
}
