package org.entente.analytics.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.entente.analytics.service.period.RangeTooLongException;
import org.entente.analytics.service.rebuild.RebuildInProgressException;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns the errors a request can cause into {@code application/problem+json} answers. */
public class ProblemMappers {

    @ServerExceptionMapper
    public RestResponse<Problem> invalidParameters(InvalidParametersException e, ContainerRequestContext request) {
        return answer(Problem.of("invalid-parameters", "Invalid parameters", 400,
                "one or more query parameters are missing or malformed", path(request), e.errors()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> rangeTooLong(RangeTooLongException e, ContainerRequestContext request) {
        return answer(Problem.of("range-too-long", "Range too long", 400, e.getMessage(), path(request), null));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notFound(NotFoundException e, ContainerRequestContext request) {
        return answer(Problem.of("not-found", "Not found", 404, "there is no resource at this path", path(request),
                null));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> rebuildInProgress(RebuildInProgressException e, ContainerRequestContext request) {
        return answer(Problem.of("rebuild-in-progress", "Rebuild in progress", 409,
                "rebuild " + e.runningId() + " is running; its status is at " + RebuildResource.PATH + "/"
                        + e.runningId(), path(request), null));
    }

    private static RestResponse<Problem> answer(Problem problem) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.fromStatusCode(problem.status()), problem)
                .type(Problem.MEDIA_TYPE)
                .build();
    }

    private static String path(ContainerRequestContext request) {
        return request.getUriInfo().getRequestUri().getPath();
    }
}
