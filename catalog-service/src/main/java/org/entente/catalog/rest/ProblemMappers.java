package org.entente.catalog.rest;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns the errors the API reports into problem documents. Each mapper handles one kind of error; anything else
 * is left to Quarkus, which answers 500 without internals.
 */
public class ProblemMappers {

    /** Bad query parameters: 400, naming each parameter. */
    @ServerExceptionMapper
    public Response invalidParameters(InvalidParametersException e, UriInfo uri) {
        return problem(new Problem(Problem.TYPE_INVALID_PARAMETER, "Invalid query parameters", 400, e.getMessage(),
                uri.getPath(), e.problems()));
    }

    /** An unknown catalog entry: 404. */
    @ServerExceptionMapper
    public Response notInCatalog(NotInCatalogException e, UriInfo uri) {
        return problem(new Problem(Problem.TYPE_NOT_FOUND, "Not found", 404, e.getMessage(), uri.getPath(), List.of()));
    }

    /** A path the API does not have: 404. */
    @ServerExceptionMapper
    public Response noSuchPath(NotFoundException e, UriInfo uri) {
        return problem(new Problem(Problem.TYPE_NOT_FOUND, "Not found", 404, "there is no resource at this path",
                uri.getPath(), List.of()));
    }

    /** A method the path does not support: 405. */
    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException e, UriInfo uri) {
        Response.ResponseBuilder response = Response.status(405).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.TYPE_METHOD_NOT_ALLOWED, "Method not allowed", 405,
                        "this path does not support the request's method", uri.getPath(), List.of()));
        e.getResponse().getAllowedMethods().forEach(method -> response.header("Allow", method));
        return response.build();
    }

    static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
