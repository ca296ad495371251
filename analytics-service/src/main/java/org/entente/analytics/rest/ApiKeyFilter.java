package org.entente.analytics.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import org.entente.analytics.config.ApiConfig;

/** Refuses requests to {@link RequiresApiKey} endpoints without an accepted {@code X-Api-Key} header (401). */
@Provider
@RequiresApiKey
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

    /** The header that carries the key. */
    public static final String HEADER = "X-Api-Key";

    private final List<byte[]> acceptedKeys;

    public ApiKeyFilter(ApiConfig config) {
        this.acceptedKeys = config.keys().orElse(Set.of()).stream()
                .filter(key -> !key.isBlank())
                .map(key -> key.getBytes(StandardCharsets.UTF_8))
                .toList();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        if (key == null || !isAccepted(key.getBytes(StandardCharsets.UTF_8))) {
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

    /** Compares in constant time, so that response times do not reveal how much of a key was right. */
    private boolean isAccepted(byte[] key) {
        boolean accepted = false;
        for (byte[] acceptedKey : acceptedKeys) {
            accepted |= MessageDigest.isEqual(acceptedKey, key);
        }
        return accepted;
    }
}
