package org.entente.ingest.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.ingest.service.batch.BatchPart;
import org.entente.ingest.service.batch.BatchService;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /api/articles/batch}: many articles at once, as many {@code file} parts or zip archives. The files are
 * stored with a new job and processed in the background; the answer is {@code 202 Accepted} with the job and
 * {@code Location: /api/jobs/{id}}.
 */
@Path("/api/articles/batch")
@Tag(name = "batches")
public class BatchResource {

    private final BatchService batches;

    public BatchResource(BatchService batches) {
        this.batches = batches;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @ApiKeyRequired
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Upload many articles; they are processed in the background",
            description = "Each part named 'file' is one article, or a zip archive of articles (archives inside it "
                    + "are not opened). Limits: entente.ingest.batch.max-files, max-total-size and the zip guards.")
    @APIResponse(responseCode = "202", description = "Stored as a job")
    public Response submit(@RestForm("file") List<FileUpload> files) {
        List<BatchPart> parts = files == null ? List.of()
                : files.stream().map(f -> new BatchPart(f.fileName(), f.uploadedFile(), f.size())).toList();
        UUID job = batches.submit(parts);
        return Response.accepted(batches.status(job).orElseThrow())
                .location(URI.create("/api/jobs/" + job))
                .build();
    }
}
