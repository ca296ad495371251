package org.entente.ingest.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a POST without a {@code Content-Type} (415), which JAX-RS would otherwise hand to whichever form of an
 * upload endpoint it matches first.
 */
@Provider
@PreMatching
public class ContentTypeRequired implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (HttpMethod.POST.equals(request.getMethod()) && request.getMediaType() == null) {
            request.abortWith(Problems.response(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "This request needs a Content-Type: text/plain, multipart/form-data or application/json.",
                    request.getUriInfo().getRequestUri().getRawPath()).build());
        }
    }
}
