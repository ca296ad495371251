package org.entente.analytics.rest;

import java.util.List;

/** A request's parameters are missing or malformed; answered with 400 and the list of problems. */
public class InvalidParametersException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidParametersException(List<FieldError> errors) {
        super(errors.size() + " invalid parameter(s)");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
