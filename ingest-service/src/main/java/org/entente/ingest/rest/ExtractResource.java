package org.entente.ingest.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.extraction.json.FactJson;
import org.entente.ingest.service.AnalyzedArticle;
import org.entente.ingest.service.IngestService;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/extract}: the facts of an article, in the three upload forms, without storing or publishing
 * anything; no API key needed. The answer is {@code {"article": {...}, "text": "...", "events": [...],
 * "agreements": [...], "trade": [...]}}, the facts in the shape of {@link FactJson}.
 */
@Path("/api/extract")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "extract")
public class ExtractResource {

    private final IngestService ingest;
    private final Submissions submissions;

    public ExtractResource(IngestService ingest, Submissions submissions) {
        this.ingest = ingest;
        this.submissions = submissions;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Extract the facts of a plain-text article; nothing is stored")
    public Map<String, Object> extractText(byte[] text, @Context HttpHeaders headers, @RestQuery String title,
                                           @RestQuery String url,
                                           @Parameter(description = "Publication date, YYYY-MM-DD")
                                           @RestQuery String published,
                                           @RestQuery String source) {
        return answer(ingest.extract(submissions.fromText(text, headers.getMediaType(), title, url, published,
                source)));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Extract the facts of an article file; nothing is stored")
    public Map<String, Object> extractFile(@BeanParam ArticleForm form) {
        return answer(ingest.extract(submissions.fromForm(form)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract the facts of an article given as JSON; nothing is stored")
    public Map<String, Object> extractJson(ArticleJson article) {
        return answer(ingest.extract(submissions.fromJson(article)));
    }

    private static Map<String, Object> answer(AnalyzedArticle article) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("article", new ExtractedArticle(article.id(), article.title(), article.url(), article.source(),
                article.published(), article.publishedBy()));
        body.put("text", article.extraction().text());
        body.putAll(FactJson.facts(article.extraction()));
        return body;
    }
}
