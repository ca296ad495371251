package org.entente.catalog.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.catalog.config.CatalogConfig;
import org.entente.catalog.model.TradeFigure;
import org.entente.catalog.repository.Keyset;
import org.entente.catalog.repository.TradeFilter;
import org.entente.catalog.rest.dto.Page;
import org.entente.catalog.rest.dto.TradeView;
import org.entente.catalog.service.CatalogReader;
import org.entente.catalog.service.CatalogReader.TradePage;
import org.entente.catalog.service.Vocabulary;

/** Trade figures, latest year first. */
@Path("/api/trade")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "trade")
public class TradeResource {

    private final CatalogReader reader;
    private final CatalogConfig.Paging paging;

    TradeResource(CatalogReader reader, CatalogConfig config) {
        this.reader = reader;
        this.paging = config.paging();
    }

    /** Lists trade figures by year, newest first (without year last), then id descending. */
    @GET
    @Operation(summary = "List trade figures", description = "Filters combine with AND. country: exporter or "
            + "importer; counterpart: the other party; from/to: the figure's year within the range; flow: export "
            + "or total; basis: actual, estimate or target; conflict: true or false; q: full text over evidence. "
            + "limit: 1-500 (default 50); cursor: the nextCursor of the previous page.")
    public Page<TradeView> list(@QueryParam("country") String country, @QueryParam("counterpart") String counterpart,
                                @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("flow") String flow, @QueryParam("basis") String basis,
                                @QueryParam("conflict") String conflict, @QueryParam("q") String q,
                                @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        QueryParameters params = new QueryParameters(paging);
        TradeFilter filter = new TradeFilter(params.country("country", country),
                params.counterpart(country, counterpart), params.dates(from, to),
                params.oneOf("flow", flow, Vocabulary.FLOWS), params.oneOf("basis", basis, Vocabulary.BASES),
                params.flag("conflict", conflict), params.text(q));
        int size = params.limit(limit);
        Keyset after = params.cursor(cursor);
        params.throwIfInvalid();
        TradePage page = reader.trade(filter, after, size);
        List<TradeFigure> figures = page.figures().figures();
        String next = null;
        if (page.hasMore()) {
            TradeFigure last = figures.get(figures.size() - 1);
            next = Cursors.encode(last.sortKey, last.id);
        }
        return new Page<>(Views.trade(page.figures()), next);
    }

    /** One trade figure with its sources and the other figures of its flow. */
    @GET
    @Path("/{id: \\d+}")
    @Operation(summary = "Get a trade figure with its sources")
    public TradeView get(@PathParam("id") long id) {
        return reader.tradeFigure(id).map(figures -> Views.trade(figures).get(0))
                .orElseThrow(() -> new NotInCatalogException("trade figure", Long.toString(id)));
    }
}
