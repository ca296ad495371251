package org.entente.ingest.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.ingest.service.batch.BatchService;
import org.entente.ingest.service.batch.JobStatus;
import org.jboss.resteasy.reactive.RestPath;

import java.util.Optional;
import java.util.UUID;

/** {@code GET /api/jobs/{id}}: the progress of a batch upload. */
@Path("/api/jobs")
@Tag(name = "batches")
public class JobResource {

    private final BatchService batches;

    public JobResource(BatchService batches) {
        this.batches = batches;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Progress of a batch: counts, facts by kind, and every file's state and failure reason")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "404", description = "No such job")
    public Response get(@RestPath String id, UriInfo uri) {
        return parse(id).flatMap(batches::status)
                .map(job -> Response.ok(job).build())
                .orElseGet(() -> Problems.response(ProblemType.NOT_FOUND, "There is no job with id '" + id + "'.",
                        ExceptionMappers.path(uri)).build());
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not a job id, so no such job
        }
    }
}
