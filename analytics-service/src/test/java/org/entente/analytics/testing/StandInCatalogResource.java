package org.entente.analytics.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts a {@link StandInCatalog} for a dashboard test, points the dashboard at it
 * ({@code entente.analytics.catalog-url}) and injects it into the test's {@code StandInCatalog} field.
 */
public class StandInCatalogResource implements QuarkusTestResourceLifecycleManager {

    private StandInCatalog catalog;

    @Override
    public Map<String, String> start() {
        catalog = StandInCatalog.start();
        return Map.of("entente.analytics.catalog-url", catalog.baseUrl());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(catalog, new TestInjector.MatchesType(StandInCatalog.class));
    }

    @Override
    public void stop() {
        catalog.close();
    }
}
