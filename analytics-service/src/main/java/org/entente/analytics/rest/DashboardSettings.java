package org.entente.analytics.rest;

import java.util.Map;

/**
 * What the dashboard page needs to know besides the analytics API, served at {@code /dashboard/config.json}.
 *
 * @param catalogUrl the base URL of catalog-service's REST API, without a trailing slash
 * @param countries  English names by country code, for the codes that have one
 */
public record DashboardSettings(String catalogUrl, Map<String, String> countries) {
}
