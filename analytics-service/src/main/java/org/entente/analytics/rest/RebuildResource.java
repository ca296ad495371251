package org.entente.analytics.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.analytics.service.rebuild.RebuildService;
import org.entente.analytics.service.rebuild.RebuildStatus;

/** {@code /api/analytics/rebuild}: rebuilding the read model by replaying the catalog's topic. */
@Path(RebuildResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rebuild")
public class RebuildResource {

    /** Where rebuilds are started, and under which their statuses are. */
    public static final String PATH = "/api/analytics/rebuild";

    private final RebuildService service;

    public RebuildResource(RebuildService service) {
        this.service = service;
    }

    @POST
    @RequiresApiKey
    @Operation(summary = "Rebuild the read model",
            description = "Empties the read model and replays the catalog's topic from the beginning, in the "
                    + "background. Answers 202 with the status and its Location; 409 while a rebuild is running. "
                    + "Needs X-Api-Key.")
    public Response start(@Context UriInfo uri) {
        RebuildStatus status = service.start();
        return Response.accepted(status)
                .location(uri.getBaseUriBuilder().path(PATH).path(status.id().toString()).build())
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Where a rebuild stands")
    public RebuildStatus status(@Parameter(description = "the rebuild's id") @PathParam("id") String id) {
        UUID rebuild;
        try {
            rebuild = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no rebuild " + id, e);
        }
        return service.status(rebuild).orElseThrow(() -> new NotFoundException("no rebuild " + id));
    }
}
