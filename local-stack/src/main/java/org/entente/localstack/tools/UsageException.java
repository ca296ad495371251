package org.entente.localstack.tools;

/** A command line the tool cannot run: bad options, a missing key or folder. Exit code 2, no stack trace. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
