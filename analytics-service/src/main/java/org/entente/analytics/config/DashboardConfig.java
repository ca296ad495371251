package org.entente.analytics.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the dashboard page ({@code entente.analytics.*}, or {@code ENTENTE_ANALYTICS_*} variables), apart from
 * {@link AnalyticsConfig} because only the page reads them.
 */
@ConfigMapping(prefix = "entente.analytics")
public interface DashboardConfig {

    /**
     * Where the dashboard's browser reaches catalog-service's REST API for agreements, events and articles
     * ({@code ENTENTE_ANALYTICS_CATALOG_URL}). The browser calls it directly, so catalog-service must allow
     * cross-origin GETs from the dashboard's origin; a path without host ({@code /catalog}) is resolved against the
     * page's own address, for a proxy that serves both services on one origin.
     */
    @WithDefault("http://localhost:8082")
    String catalogUrl();
}
