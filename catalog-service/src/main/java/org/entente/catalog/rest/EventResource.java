package org.entente.catalog.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.catalog.config.CatalogConfig;
import org.entente.catalog.model.CatalogEvent;
import org.entente.catalog.repository.EventFilter;
import org.entente.catalog.repository.Keyset;
import org.entente.catalog.repository.Slice;
import org.entente.catalog.rest.dto.EventDetails;
import org.entente.catalog.rest.dto.EventView;
import org.entente.catalog.rest.dto.Page;
import org.entente.catalog.service.CatalogReader;

/** Catalog events, newest first. */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "events")
public class EventResource {

    private final CatalogReader reader;
    private final CatalogConfig.Paging paging;

    EventResource(CatalogReader reader, CatalogConfig config) {
        this.reader = reader;
        this.paging = config.paging();
    }

    /** Lists events, newest date first (undated last), then by id descending. */
    @GET
    @Operation(summary = "List events", description = "Filters combine with AND. country: a party (source or "
            + "target); counterpart: the other party; from/to: YYYY, YYYY-MM or YYYY-MM-DD, the event's whole date "
            + "within the range; cameo: a code or prefix (04, 042); quad: 1-4; q: full text over the mentions' "
            + "evidence. limit: 1-500 (default 50); cursor: the nextCursor of the previous page.")
    public Page<EventView> list(@QueryParam("country") String country, @QueryParam("counterpart") String counterpart,
                                @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("cameo") String cameo, @QueryParam("quad") String quad,
                                @QueryParam("q") String q, @QueryParam("limit") String limit,
                                @QueryParam("cursor") String cursor) {
        QueryParameters params = new QueryParameters(paging);
        EventFilter filter = new EventFilter(params.country("country", country), params.counterpart(country, counterpart),
                params.dates(from, to), params.cameo(cameo), params.quad(quad), params.text(q));
        int size = params.limit(limit);
        Keyset after = params.cursor(cursor);
        params.throwIfInvalid();
        Slice<CatalogEvent> page = reader.events(filter, after, size);
        return new Page<>(page.items().stream().map(Views::event).toList(), nextCursor(page));
    }

    /** One event with all its mentions. */
    @GET
    @Path("/{id: \\d+}")
    @Operation(summary = "Get an event with its mentions")
    public EventDetails get(@PathParam("id") long id) {
        return reader.event(id).map(Views::event)
                .orElseThrow(() -> new NotInCatalogException("event", Long.toString(id)));
    }

    private static String nextCursor(Slice<CatalogEvent> page) {
        if (!page.hasMore()) {
            return null;
        }
        CatalogEvent last = page.items().get(page.items().size() - 1);
        return Cursors.encode(last.sortKey, last.id);
    }
}
