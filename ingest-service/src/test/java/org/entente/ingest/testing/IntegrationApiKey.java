package org.entente.ingest.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Gives the packaged application, which runs with the production profile (no key accepted by default), one API key:
 * {@value #KEY}.
 */
public class IntegrationApiKey implements QuarkusTestResourceLifecycleManager {

    public static final String KEY = "integration-test-key";

    @Override
    public Map<String, String> start() {
        return Map.of("entente.api.keys", KEY);
    }

    @Override
    public void stop() {
        // nothing was started
    }
}
