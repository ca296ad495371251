package org.entente.analytics.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.analytics.config.AnalyticsConfig;
import org.entente.analytics.service.dyad.DyadRanking;
import org.entente.analytics.service.dyad.DyadService;
import org.entente.analytics.service.dyad.DyadSort;

/** {@code GET /api/analytics/dyads}: pairs of countries ranked. */
@Path("/api/analytics/dyads")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "analytics")
public class DyadResource {

    private final DyadService service;
    private final AnalyticsConfig.Dyads settings;

    public DyadResource(DyadService service, AnalyticsConfig config) {
        this.service = service;
        this.settings = config.dyads();
    }

    @GET
    @Operation(summary = "Pairs of countries ranked",
            description = "Every pair with events or trade figures, ranked by activity (events), by cooperation "
                    + "index, or by change: the recent window's cooperation index minus the previous window's, "
                    + "the recent window ending with the latest year that has a dated event.")
    public DyadRanking dyads(
            @Parameter(description = "activity (default), cooperation or change") @QueryParam("sort") String sort,
            @Parameter(description = "how many pairs to list; default 20") @QueryParam("limit") String limit,
            @Parameter(description = "years per window compared for change; default 2") @QueryParam("window")
            String window) {
        QueryParameters parameters = new QueryParameters();
        DyadSort order = parameters.choice("sort", sort, DyadSort.ACTIVITY, DyadSort::fromWireName,
                "activity, cooperation, change");
        int count = parameters.integer("limit", limit, settings.defaultLimit(), 1, settings.maxLimit());
        int years = parameters.integer("window", window, settings.defaultChangeWindowYears(), 1,
                settings.maxChangeWindowYears());
        parameters.throwIfInvalid();
        return service.rank(order, count, years);
    }
}
