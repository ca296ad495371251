package org.entente.localstack.tools;

/** The service could not be reached or refused the whole request (bad key, server error). Exit code 2. */
public final class ServiceUnreachableException extends RuntimeException {

    public ServiceUnreachableException(String message) {
        super(message);
    }
}
