package org.entente.ingest.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/** The application with Kafka down ({@link UnreachableKafka}) and short send timeouts, so failed rounds come fast. */
public class KafkaOutageProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("entente.ingest.outbox.send-timeout", "3s", "entente.ingest.outbox.retry-delay", "1s");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(UnreachableKafka.class));
    }
}
