package org.entente.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the catalog service, under {@code entente.catalog}. */
@ConfigMapping(prefix = "entente.catalog")
public interface CatalogConfig {

    /** The CloudEvents {@code source} attribute of the changes the catalog publishes. */
    @WithDefault("/entente/catalog-service")
    String eventSource();

    /** Relaying the outbox to Kafka. */
    Outbox outbox();

    /** Paging of the list endpoints. */
    Paging paging();

    /** How long the ids of applied Kafka messages are remembered to drop redeliveries. */
    @WithDefault("30d")
    Duration processedMessageRetention();

    /** How often sent outbox messages and old processed-message ids are purged. */
    @WithDefault("1h")
    Duration housekeepingInterval();

    /** Relaying the outbox to Kafka. */
    interface Outbox {

        /** How often unsent messages are looked for. */
        @WithDefault("1s")
        Duration pollInterval();

        /** How many messages one relay round sends at most. */
        @WithDefault("200")
        int batchSize();

        /** How long a round waits for Kafka to acknowledge its messages before trying them again later. */
        @WithDefault("40s")
        Duration sendTimeout();

        /** The first wait before a failed message is tried again; it doubles with every failure. */
        @WithDefault("1s")
        Duration retryBackoff();

        /** The longest wait between two tries of a failed message. */
        @WithDefault("5m")
        Duration maxRetryBackoff();

        /** How long sent messages are kept before they are purged. */
        @WithDefault("7d")
        Duration retention();
    }

    /** Paging of the list endpoints. */
    interface Paging {

        /** Items per page when the request gives no {@code limit}. */
        @WithDefault("50")
        int defaultLimit();

        /** The largest {@code limit} a request may ask for. */
        @WithDefault("500")
        int maxLimit();
    }
}
