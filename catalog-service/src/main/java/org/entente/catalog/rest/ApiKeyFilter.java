package org.entente.catalog.rest;

import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import org.entente.catalog.config.ApiKeyConfig;

/**
 * Lets a request to a {@link RequiresApiKey} endpoint through only with an {@code X-Api-Key} header holding one of
 * the configured keys ({@code entente.api.keys}); otherwise answers 401 with a problem document. Keys are compared
 * in constant time.
 */
@Provider
@RequiresApiKey
public class ApiKeyFilter implements ContainerRequestFilter {

    /** The header that carries the key. */
    public static final String HEADER = "X-Api-Key";

    /** Looked up per request: filters are created before runtime configuration is available. */
    private final Instance<ApiKeyConfig> config;

    ApiKeyFilter(Instance<ApiKeyConfig> config) {
        this.config = config;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String offered = request.getHeaderString(HEADER);
        if (offered == null || !isAccepted(offered)) {
            String detail = offered == null ? "this request needs an X-Api-Key header" : "the X-Api-Key is not valid";
            Problem problem = new Problem(Problem.TYPE_UNAUTHORIZED, "Unauthorized", 401, detail,
                    request.getUriInfo().getPath(), List.of(new FieldProblem(HEADER, detail)));
            request.abortWith(Response.fromResponse(ProblemMappers.problem(problem))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + HEADER + "\"")
                    .build());
        }
    }

    private boolean isAccepted(String offered) {
        byte[] candidate = offered.getBytes(StandardCharsets.UTF_8);
        boolean accepted = false;
        for (String key : config.get().keys().orElse(Set.of())) {
            accepted |= MessageDigest.isEqual(candidate, key.getBytes(StandardCharsets.UTF_8));
        }
        return accepted;
    }
}
