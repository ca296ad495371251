package org.entente.analytics.service.change;

/** A message on the catalog's topic that is not a valid change; it goes to the dead-letter topic. */
public class InvalidChangeException extends RuntimeException {

    public InvalidChangeException(String message) {
        super(message);
    }

    public InvalidChangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
