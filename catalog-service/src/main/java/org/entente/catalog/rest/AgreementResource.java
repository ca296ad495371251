package org.entente.catalog.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.catalog.config.CatalogConfig;
import org.entente.catalog.model.Agreement;
import org.entente.catalog.repository.AgreementFilter;
import org.entente.catalog.repository.Keyset;
import org.entente.catalog.repository.Slice;
import org.entente.catalog.rest.dto.AgreementDetails;
import org.entente.catalog.rest.dto.AgreementView;
import org.entente.catalog.rest.dto.Page;
import org.entente.catalog.service.CatalogReader;
import org.entente.catalog.service.Vocabulary;
import org.entente.catalog.service.merge.AgreementStatus;

/** Agreements, latest status first. */
@Path("/api/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "agreements")
public class AgreementResource {

    private static final Set<String> STATUSES = Arrays.stream(AgreementStatus.values())
            .map(AgreementStatus::wireName).collect(Collectors.toUnmodifiableSet());

    private final CatalogReader reader;
    private final CatalogConfig.Paging paging;

    AgreementResource(CatalogReader reader, CatalogConfig config) {
        this.reader = reader;
        this.paging = config.paging();
    }

    /** Lists agreements by the date of their current status, newest first (undated last), then id descending. */
    @GET
    @Operation(summary = "List agreements", description = "Filters combine with AND. country: a party; "
            + "counterpart: another party; from/to: the current status date within the range; type, domain, "
            + "status (current status); q: full text over titles and evidence. limit: 1-500 (default 50); "
            + "cursor: the nextCursor of the previous page.")
    public Page<AgreementView> list(@QueryParam("country") String country,
                                    @QueryParam("counterpart") String counterpart, @QueryParam("from") String from,
                                    @QueryParam("to") String to, @QueryParam("type") String type,
                                    @QueryParam("domain") String domain, @QueryParam("status") String status,
                                    @QueryParam("q") String q, @QueryParam("limit") String limit,
                                    @QueryParam("cursor") String cursor) {
        QueryParameters params = new QueryParameters(paging);
        AgreementFilter filter = new AgreementFilter(params.country("country", country),
                params.counterpart(country, counterpart), params.dates(from, to),
                params.oneOf("type", type, Vocabulary.AGREEMENT_TYPES),
                params.oneOf("domain", domain, Vocabulary.DOMAINS), params.oneOf("status", status, STATUSES),
                params.text(q));
        int size = params.limit(limit);
        Keyset after = params.cursor(cursor);
        params.throwIfInvalid();
        Slice<Agreement> page = reader.agreements(filter, after, size);
        return new Page<>(page.items().stream().map(Views::agreement).toList(), nextCursor(page));
    }

    /** One agreement with its status history. */
    @GET
    @Path("/{id: \\d+}")
    @Operation(summary = "Get an agreement with its status history")
    public AgreementDetails get(@PathParam("id") long id) {
        return reader.agreement(id).map(Views::agreement)
                .orElseThrow(() -> new NotInCatalogException("agreement", Long.toString(id)));
    }

    private static String nextCursor(Slice<Agreement> page) {
        if (!page.hasMore()) {
            return null;
        }
        Agreement last = page.items().get(page.items().size() - 1);
        return Cursors.encode(last.sortKey, last.id);
    }
}
