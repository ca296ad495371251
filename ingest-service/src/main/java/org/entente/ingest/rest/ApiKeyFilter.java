package org.entente.ingest.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;


/**
 * Refuses requests to {@link ApiKeyRequired} endpoints unless their {@code X-Api-Key} header holds one of the keys in
 * {@code entente.api.keys}; with no key configured, every such request is refused. Runs before the body is read.
 */
@Provider
@ApiKeyRequired
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

    static final String HEADER = "X-Api-Key";

    private final ApiKeys keys;

    public ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        if (key == null || key.isEmpty()) {
            request.abortWith(unauthorized(request, "This request needs an " + HEADER + " header."));
        } else if (!keys.accepts(key)) {
            request.abortWith(unauthorized(request, "The " + HEADER + " header does not hold a valid key."));
        }
    }

    private static Response unauthorized(ContainerRequestContext request, String detail) {
        return Problems.response(ProblemType.UNAUTHORIZED, detail, request.getUriInfo().getRequestUri().getRawPath())
                .header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + HEADER + "\"")
                .build();
    }
}
