package org.entente.ingest.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.entente.localstack.Ports;

import java.util.Map;

/**
 * Points the application at a Kafka port where nothing listens yet: Kafka is down. A test can later start a broker on
 * that port. Ordered after {@code LocalInfraTestResource}, whose Kafka address it replaces (PostgreSQL stays).
 */
public class UnreachableKafka implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", "127.0.0.1:" + Ports.free());
    }

    @Override
    public void stop() {
        // nothing was started
    }

    @Override
    public int order() {
        return 1;
    }
}
