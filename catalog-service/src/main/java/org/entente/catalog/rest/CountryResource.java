package org.entente.catalog.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.catalog.rest.dto.CountryView;
import org.entente.catalog.service.CatalogReader;

/** The countries the catalog has facts about. */
@Path("/api/countries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "countries")
public class CountryResource {

    private final CatalogReader reader;

    CountryResource(CatalogReader reader) {
        this.reader = reader;
    }

    /** Every country with at least one fact, by code, with its fact counts. */
    @GET
    @Operation(summary = "List countries with their fact counts")
    public List<CountryView> list() {
        return reader.countries().stream()
                .map(c -> new CountryView(c.code(), CountryNames.of(c.code()), c.events(), c.agreements(), c.trade(),
                        c.counterparts()))
                .toList();
    }
}
