package org.entente.analytics.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** Refuses requests to {@link RequiresApiKey} endpoints without an accepted {@code X-Api-Key} header (401). */
@Provider
@RequiresApiKey
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

    /** The header that carries the key. */
    public static final String HEADER = "X-Api-Key";

    private final ApiKeys keys;

    public ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        if (key == null || !keys.accepts(key)) {
            Problem problem = Problem.of("unauthorized", "Unauthorized", 401,
                    "this endpoint needs an accepted " + HEADER + " header",
                    request.getUriInfo().getRequestUri().getPath(), null);
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + HEADER + "\"")
                    .type(Problem.MEDIA_TYPE)
                    .entity(problem)
                    .build());
        }
    }
}
