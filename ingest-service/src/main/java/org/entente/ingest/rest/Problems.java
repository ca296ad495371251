package org.entente.ingest.rest;

import jakarta.ws.rs.core.Response;

import java.util.List;

/** Builds problem responses. */
public final class Problems {

    private Problems() {
    }

    /** The problem document. */
    public static Problem of(ProblemType type, String detail, String instance, List<Problem.FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
    }

    /** A response carrying the problem document. */
    public static Response.ResponseBuilder response(ProblemType type, String detail, String instance) {
        return response(type, detail, instance, null);
    }

    /** A response carrying the problem document, with field errors. */
    public static Response.ResponseBuilder response(ProblemType type, String detail, String instance,
                                                    List<Problem.FieldError> errors) {
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(of(type, detail, instance, errors));
    }
}
