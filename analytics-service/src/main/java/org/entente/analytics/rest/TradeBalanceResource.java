package org.entente.analytics.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.analytics.service.trade.TradeBalance;
import org.entente.analytics.service.trade.TradeBalanceService;

/** {@code GET /api/analytics/trade-balance}: a pair's yearly trade balance. */
@Path("/api/analytics/trade-balance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "analytics")
public class TradeBalanceResource {

    private final TradeBalanceService service;
    private final CountryCodes countries;

    public TradeBalanceResource(TradeBalanceService service, CountryCodes countries) {
        this.service = service;
        this.countries = countries;
    }

    @GET
    @Operation(summary = "Yearly trade between two countries",
            description = "Per year: exports each way, balance (a to b minus b to a), two-way total and how it was "
                    + "obtained, growth, which figures are estimates, their sources and disagreeing sources. Years "
                    + "without figures are listed with nulls. Goals and undated figures are listed apart.")
    public TradeBalance tradeBalance(
            @Parameter(description = "first country, ISO 3166-1 alpha-3", example = "PAK") @QueryParam("a") String a,
            @Parameter(description = "second country, ISO 3166-1 alpha-3", example = "IRQ") @QueryParam("b") String b,
            @Parameter(description = "first year; default: the first year with a figure", example = "2015")
            @QueryParam("from") String from,
            @Parameter(description = "last year; default: the last year with a figure", example = "2024")
            @QueryParam("to") String to) {
        QueryParameters parameters = new QueryParameters();
        String first = parameters.country("a", a, countries);
        String second = parameters.country("b", b, countries);
        parameters.differ(first, second);
        Integer fromYear = parameters.year("from", from);
        Integer toYear = parameters.year("to", to);
        parameters.check(fromYear == null || toYear == null || fromYear <= toYear, "to", "must not be before from");
        parameters.throwIfInvalid();
        return service.balance(first, second, fromYear, toYear);
    }
}
