package org.entente.ingest.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An error answer, {@code application/problem+json} (RFC 9457).
 *
 * @param type     identifies the kind of problem ({@code urn:entente:problem:empty-text}); stable, for programs
 * @param title    short summary of the kind, for people
 * @param status   the HTTP status
 * @param detail   what went wrong with this request
 * @param instance the request path
 * @param errors   the request fields at fault, when the problem is with fields
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    /** Media type of problem documents. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * A problem with one request field.
     *
     * @param field   the parameter, form part or JSON property
     * @param message what is wrong with it
     */
    public record FieldError(String field, String message) {
    }
}
