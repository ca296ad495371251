package org.entente.catalog.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document, the body of every error response ({@code application/problem+json}).
 *
 * @param type     a URI naming the kind of problem
 * @param title    a short summary of the kind of problem
 * @param status   the HTTP status
 * @param detail   what went wrong with this request
 * @param instance the request path
 * @param errors   the bad values, when the problem is with the request's parameters
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldProblem> errors) {

    /** The media type of problem documents. */
    public static final String MEDIA_TYPE = "application/problem+json";

    static final String TYPE_INVALID_PARAMETER = "urn:entente:problem:invalid-parameter";
    static final String TYPE_NOT_FOUND = "urn:entente:problem:not-found";
    static final String TYPE_METHOD_NOT_ALLOWED = "urn:entente:problem:method-not-allowed";
    static final String TYPE_UNAUTHORIZED = "urn:entente:problem:unauthorized";
}
