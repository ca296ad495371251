package org.entente.ingest.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The application with its scheduler off: the outbox relay and the batch worker run only when a test calls them, as
 * if they were stopped (or the process restarted) between a write and its processing.
 */
public class ManualSchedulingProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.scheduler.enabled", "false");
    }
}
