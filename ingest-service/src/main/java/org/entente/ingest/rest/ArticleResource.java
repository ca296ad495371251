package org.entente.ingest.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.ingest.service.ArticleSubmission;
import org.entente.ingest.service.IngestOutcome;
import org.entente.ingest.service.IngestService;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;

/**
 * {@code /api/articles}: ingest one article (text, file or JSON) and read its ingest record.
 *
 * <p>A new article is answered {@code 202 Accepted}: it is stored and its facts wait in the outbox for Kafka. The same
 * text sent again is answered {@code 200 OK} with {@code duplicate: true} and the same id and {@code Location}:
 * nothing new was accepted.
 */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles")
public class ArticleResource {

    private final IngestService ingest;
    private final Submissions submissions;

    public ArticleResource(IngestService ingest, Submissions submissions) {
        this.ingest = ingest;
        this.submissions = submissions;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @ApiKeyRequired
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Ingest an article given as plain text", description = "Metadata goes in query parameters.")
    @APIResponse(responseCode = "202", description = "Accepted as a new article")
    @APIResponse(responseCode = "200", description = "The same text was already ingested")
    public Response ingestText(byte[] text, @Context HttpHeaders headers, @RestQuery String title,
                               @RestQuery String url,
                               @Parameter(description = "Publication date, YYYY-MM-DD") @RestQuery String published,
                               @RestQuery String source) {
        return answer(ingest.ingest(submissions.fromText(text, headers.getMediaType(), title, url, published,
                source)));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @ApiKeyRequired
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Ingest an article file (text, HTML, XML, PDF, Word, OpenDocument, RTF)",
            description = "The type is detected from the file's content. Metadata goes in form parts.")
    @APIResponse(responseCode = "202", description = "Accepted as a new article")
    @APIResponse(responseCode = "200", description = "The same text was already ingested")
    public Response ingestFile(@BeanParam ArticleForm form) {
        return answer(ingest.ingest(submissions.fromForm(form)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiKeyRequired
    @SecurityRequirement(name = "apiKey")
    @Operation(summary = "Ingest an article given as JSON")
    @APIResponse(responseCode = "202", description = "Accepted as a new article")
    @APIResponse(responseCode = "200", description = "The same text was already ingested")
    public Response ingestJson(ArticleJson article) {
        return answer(ingest.ingest(submissions.fromJson(article)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The ingest record of an article: metadata, fact counts and publish state")
    @APIResponse(responseCode = "200", description = "The article")
    @APIResponse(responseCode = "404", description = "No such article")
    public Response get(@RestPath String id, UriInfo uri) {
        return ingest.find(id)
                .map(article -> Response.ok(article).build())
                .orElseGet(() -> Problems.response(ProblemType.NOT_FOUND, "There is no article with id '" + id + "'.",
                        ExceptionMappers.path(uri)).build());
    }

    private static Response answer(IngestOutcome outcome) {
        Response.Status status = outcome.duplicate() ? Response.Status.OK : Response.Status.ACCEPTED;
        return Response.status(status).location(location(outcome.id())).entity(outcome).build();
    }

    static URI location(String articleId) {
        return URI.create("/api/articles/" + articleId);
    }
}
