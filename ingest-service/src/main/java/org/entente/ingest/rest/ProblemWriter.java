package org.entente.ingest.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes {@link Problem}s as {@code application/problem+json}, which the JSON writer does not claim. It writes
 * straight to the response, so it also serves requests that matched no resource method (a 415 or 406 answer).
 */
@Provider
@Produces(Problem.MEDIA_TYPE)
public class ProblemWriter implements ServerMessageBodyWriter<Problem> {

    private final ObjectMapper json;

    public ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target,
                               MediaType mediaType) {
        return Problem.class.isAssignableFrom(type);
    }

    @Override
    public void writeResponse(Problem problem, Type genericType, ServerRequestContext context) throws IOException {
        context.serverResponse().end(json.writeValueAsBytes(problem));
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Problem.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Problem problem, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out)
            throws IOException {
        json.writeValue(out, problem);
    }
}
