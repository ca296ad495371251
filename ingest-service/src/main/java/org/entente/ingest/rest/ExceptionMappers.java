package org.entente.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.entente.ingest.service.InputRejectedException;
import org.entente.ingest.service.ParserBusyException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns the exceptions a client can cause into problem responses. Each mapper is narrow; anything else is a server
 * fault and gets Quarkus' generic 500, without details.
 */
public class ExceptionMappers {

    @ServerExceptionMapper
    public Response rejected(InputRejectedException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.field() == null ? null
                : List.of(new Problem.FieldError(e.field(), e.getMessage()));
        return Problems.response(RejectionTypes.of(e.rejection()), e.getMessage(), path(uri), errors).build();
    }

    @ServerExceptionMapper
    public Response busy(ParserBusyException e, UriInfo uri) {
        return Problems.response(ProblemType.BUSY, e.getMessage(), path(uri))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfter().toSeconds())
                .build();
    }

    /** JSON that parses but does not fit the expected shape ({@code "title": {}}). */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        String field = fieldPath(e);
        String detail = field.isEmpty() ? "The JSON body does not have the expected shape."
                : "The JSON property '" + field + "' has a value of the wrong type.";
        List<Problem.FieldError> errors = field.isEmpty() ? null
                : List.of(new Problem.FieldError(field, "wrong type"));
        return Problems.response(ProblemType.MALFORMED_JSON, detail, path(uri), errors).build();
    }

    /**
     * The errors JAX-RS itself raises: no such resource (404), method (405), acceptable representation (406) or
     * consumable media type (415), and bodies it cannot read, such as malformed JSON (400).
     */
    @ServerExceptionMapper
    public Response framework(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return Problems.response(ProblemType.MALFORMED_JSON, "The body is not valid JSON"
                    + location(json) + ".", path(uri)).build();
        }
        ProblemType type = ProblemType.forStatus(status);
        Response.ResponseBuilder response = Problems.response(type, frameworkDetail(type), path(uri));
        if (status == Response.Status.METHOD_NOT_ALLOWED.getStatusCode()) {
            response.allow(e.getResponse().getAllowedMethods());
        }
        return response.status(status).build();
    }

    private static String frameworkDetail(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "There is nothing at this path.";
            case METHOD_NOT_ALLOWED -> "This path does not support this method.";
            case NOT_ACCEPTABLE -> "No representation matches the Accept header.";
            case TOO_LARGE -> "The request, or one of its form fields, is larger than allowed; send an article as a"
                    + " file part (with a file name).";
            case UNSUPPORTED_MEDIA_TYPE -> "This path does not accept this Content-Type; see the API description at"
                    + " /q/openapi.";
            default -> "The request could not be understood.";
        };
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    static String path(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }
}
