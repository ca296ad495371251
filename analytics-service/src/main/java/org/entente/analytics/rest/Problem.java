package org.entente.analytics.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An error response, {@code application/problem+json} (RFC 9457).
 *
 * @param type     a URI naming the kind of problem
 * @param title    a short summary of the kind
 * @param status   the HTTP status
 * @param detail   what went wrong in this request
 * @param instance the request path
 * @param errors   the parameters at fault, when there are any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    /** The media type of problem responses. */
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:entente:problem:";

    /** A problem of kind {@code slug} ({@code urn:entente:problem:<slug>}). */
    public static Problem of(String slug, String title, int status, String detail, String instance,
                             List<FieldError> errors) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, instance, errors);
    }
}
