package org.entente.catalog.rest;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.catalog.config.CatalogConfig;
import org.entente.catalog.model.Article;
import org.entente.catalog.repository.ArticleFilter;
import org.entente.catalog.repository.Keyset;
import org.entente.catalog.repository.Slice;
import org.entente.catalog.rest.dto.ArticleDetails;
import org.entente.catalog.rest.dto.ArticleView;
import org.entente.catalog.rest.dto.Page;
import org.entente.catalog.service.ArticleDeletion;
import org.entente.catalog.service.CatalogReader;

/** The articles facts come from. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles")
public class ArticleResource {

    private final CatalogReader reader;
    private final ArticleDeletion deletion;
    private final CatalogConfig.Paging paging;

    ArticleResource(CatalogReader reader, ArticleDeletion deletion, CatalogConfig config) {
        this.reader = reader;
        this.deletion = deletion;
        this.paging = config.paging();
    }

    /** Lists articles, latest publication first (undated last), then latest arrival first. */
    @GET
    @Operation(summary = "List articles", description = "from/to: the publication date within the range; q: full "
            + "text over titles. limit: 1-500 (default 50); cursor: the nextCursor of the previous page.")
    public Page<ArticleView> list(@QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("q") String q, @QueryParam("limit") String limit,
                                  @QueryParam("cursor") String cursor) {
        QueryParameters params = new QueryParameters(paging);
        ArticleFilter filter = new ArticleFilter(params.dates(from, to), params.text(q));
        int size = params.limit(limit);
        Keyset after = params.cursor(cursor);
        params.throwIfInvalid();
        Slice<Article> page = reader.articles(filter, after, size);
        String next = null;
        if (page.hasMore()) {
            Article last = page.items().get(page.items().size() - 1);
            next = Cursors.encode(last.sortKey, last.seq);
        }
        return new Page<>(page.items().stream().map(Views::article).toList(), next);
    }

    /** One article with every fact it states. */
    @GET
    @Path("/{id}")
    @Operation(summary = "Get an article with its facts")
    public ArticleDetails get(@PathParam("id") String id) {
        return reader.article(id).map(Views::article).orElseThrow(() -> new NotInCatalogException("article", id));
    }

    /**
     * Deletes an article: its statements go, facts left without statements are retracted, and facts that keep
     * other statements are recomputed and republished.
     */
    @DELETE
    @Path("/{id}")
    @RequiresApiKey
    @Operation(summary = "Delete an article and its contributions")
    @Parameter(name = ApiKeyFilter.HEADER, in = ParameterIn.HEADER, required = true, description = "an API key")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "401", description = "missing or invalid X-Api-Key")
    @APIResponse(responseCode = "404", description = "no such article")
    public void delete(@PathParam("id") String id) {
        if (!deletion.delete(id)) {
            throw new NotInCatalogException("article", id);
        }
    }
}
