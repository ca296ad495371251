package org.entente.analytics.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.entente.analytics.config.DashboardConfig;

/**
 * The dashboard: the page at {@code /dashboard} (its script, styles and Chart.js are static resources under
 * {@code /dashboard/} and {@code /webjars/}) and the settings its script reads. The page runs in the browser: it calls
 * the analytics API on this origin and catalog-service at {@link DashboardConfig#catalogUrl()}.
 */
@Path("/dashboard")
public class DashboardResource {

    /** The page, a static resource also served at {@code /dashboard/}. */
    private static final String PAGE = "/META-INF/resources/dashboard/index.html";

    private final DashboardSettings settings;

    public DashboardResource(DashboardConfig config) {
        this.settings = new DashboardSettings(withoutTrailingSlash(config.catalogUrl()), CountryNames.english());
    }

    /** The page, for {@code /dashboard?a=PAK&b=IRN[&period=year|quarter|month]}. */
    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(hidden = true)
    public InputStream page() {
        return Objects.requireNonNull(DashboardResource.class.getResourceAsStream(PAGE),
                () -> PAGE + " is not in the build");
    }

    /** What the page's script needs to know besides the analytics API. */
    @GET
    @Path("/config.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public DashboardSettings settings() {
        return settings;
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
