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
import org.entente.analytics.service.period.DateSpan;
import org.entente.analytics.service.period.Grain;
import org.entente.analytics.service.trend.TrendQuery;
import org.entente.analytics.service.trend.TrendReport;
import org.entente.analytics.service.trend.TrendService;

/** {@code GET /api/analytics/trends}: a pair's events per period and where the relationship is heading. */
@Path("/api/analytics/trends")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "analytics")
public class TrendResource {

    private final TrendService service;
    private final CountryCodes countries;
    private final AnalyticsConfig.Trends settings;

    public TrendResource(TrendService service, CountryCodes countries, AnalyticsConfig config) {
        this.service = service;
        this.countries = countries;
        this.settings = config.trends();
    }

    @GET
    @Operation(summary = "Events between two countries per period",
            description = "Per period: events by quad class, Goldstein sum and mean, cooperation index "
                    + "((q1 + q2 - q3 - q4) / events, from -1 to 1) and their moving average over the window. "
                    + "Also the slope of the mean Goldstein weight over the last window and its direction, the "
                    + "largest shifts between consecutive periods with the events behind them, and the events "
                    + "that no period holds (undated, or dated only to the year under quarter and month).")
    public TrendReport trends(
            @Parameter(description = "first country, ISO 3166-1 alpha-3", example = "PAK") @QueryParam("a") String a,
            @Parameter(description = "second country, ISO 3166-1 alpha-3", example = "IRN") @QueryParam("b") String b,
            @Parameter(description = "year (default), quarter or month") @QueryParam("period") String period,
            @Parameter(description = "first period, written 2024, 2024-Q2, 2024-03 or 2024-03-14; default: the "
                    + "first period with events") @QueryParam("from") String from,
            @Parameter(description = "last period, written likewise; default: the last period with events")
            @QueryParam("to") String to,
            @Parameter(description = "periods per moving average and slope fit, from 2; default 3")
            @QueryParam("window") String window) {
        QueryParameters parameters = new QueryParameters();
        String first = parameters.country("a", a, countries);
        String second = parameters.country("b", b, countries);
        parameters.differ(first, second);
        Grain grain = parameters.choice("period", period, Grain.YEAR, Grain::fromWireName, "year, quarter, month");
        DateSpan fromSpan = parameters.span("from", from);
        DateSpan toSpan = parameters.span("to", to);
        int periods = parameters.integer("window", window, settings.defaultWindow(), 2, settings.maxWindow());
        parameters.check(fromSpan == null || toSpan == null || !toSpan.last().isBefore(fromSpan.first()), "to",
                "must not be before from");
        parameters.throwIfInvalid();
        return service.trends(new TrendQuery(first, second, grain,
                fromSpan == null ? null : grain.startOf(fromSpan.first()),
                toSpan == null ? null : grain.startOf(toSpan.last()), periods));
    }
}
