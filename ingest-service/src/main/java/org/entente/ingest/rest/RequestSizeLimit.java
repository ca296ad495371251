package org.entente.ingest.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.entente.ingest.config.IngestConfig;

import java.util.Map;

/**
 * Refuses an upload whose declared {@code Content-Length} is over its endpoint's limit with a 413 problem, before any
 * of the body is read: {@code entente.ingest.max-article-size} for one article, {@code batch.max-total-size} for a
 * batch. It runs just before Quarkus' own check of {@code quarkus.http.limits.max-body-size}, which stays the hard
 * ceiling for every request (and for bodies sent without a length, which the resources measure themselves).
 */
@ApplicationScoped
public class RequestSizeLimit {

    private static final String ARTICLES = "/api/articles";
    private static final String EXTRACT = "/api/extract";
    private static final String BATCH = "/api/articles/batch";

    private final Map<String, Long> limits;
    private final ObjectMapper json;

    public RequestSizeLimit(IngestConfig config, ObjectMapper json) {
        long article = config.maxArticleSize().asLongValue();
        this.limits = Map.of(ARTICLES, article, EXTRACT, article, BATCH, config.batch().maxTotalSize().asLongValue());
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        Long limit = limits.get(context.normalizedPath());
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (limit != null && length != null && declaredLength(length) > limit) {
            refuse(context, limit);
        } else {
            context.next();
        }
    }

    private void refuse(RoutingContext context, long limit) {
        Problem problem = Problems.of(ProblemType.TOO_LARGE,
                "The request body is larger than " + limit + " bytes, the limit of this endpoint.",
                context.normalizedPath(), null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serialises", e);
        }
        // the body was not read: close the connection rather than drain it
        context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }

    /** The declared length, or -1 when the header is not a number (left to the HTTP server to refuse). */
    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
