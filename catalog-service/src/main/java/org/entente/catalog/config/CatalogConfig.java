package org.entente.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Set;

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

    /** Applying the messages of {@code facts.extracted}. */
    Consumer consumer();

    /** Merging event statements. */
    Events events();

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

        /**
         * How long sent messages are kept, marked sent, before they are purged. Zero (the default) deletes a message
         * as soon as Kafka has acknowledged it: marking it sent rewrites the row and adds an entry to each of its
         * indexes, which costs PostgreSQL about as much as inserting it, while a delete only marks the row dead. Set
         * a retention to keep what was published for inspection.
         */
        @WithDefault("0s")
        Duration retention();
    }

    /** Applying the messages of {@code facts.extracted} and {@code articles.ingested}, a poll's batch at a time. */
    interface Consumer {

        /**
         * How many more times a batch, or a message of a batch that failed, is tried after a failure that is not
         * the database being unreachable (that one is waited out, however long it lasts).
         */
        @WithDefault("3")
        int maxRetries();

        /** The wait before the first retry; it doubles with every retry, up to {@link #maxRetryDelay()}. */
        @WithDefault("1s")
        Duration retryDelay();

        /** The longest wait between two tries while the database is unreachable. */
        @WithDefault("30s")
        Duration maxRetryDelay();

        /**
         * The most messages applied in one transaction; a poll of more ({@code max.poll.records}, 500) is applied in
         * consecutive transactions. The default takes a whole poll: on the ingest benchmark the catalog spent 9-11 ms
         * of CPU per article with transactions of 100 and 4.6-6.0 ms with 500.
         */
        @WithDefault("500")
        int maxTransactionSize();

        /**
         * A transaction that takes longer than this halves the size of the next ones (down to one message); a
         * faster one doubles it back up to {@link #maxTransactionSize()}. A quarter of the 60 s transaction timeout,
         * which a 500-fact transaction once exceeded on a loaded machine.
         */
        @WithDefault("15s")
        Duration slowTransaction();
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

    /** Merging event statements. */
    interface Events {

        /**
         * CAMEO codes of acts that are joint by nature, matched by unordered pair: consult (040), discuss by
         * telephone (041), meet at a third location (044), engage in negotiation (046), sign a formal agreement
         * (057). Extraction codes a joint act once with the party named first as source, so two reports may name
         * the parties in either order; a joint event lists its parties in alphabetical order. A code covers its
         * refinements; every other code is matched by directed pair. When the set changes, the mentions stored
         * under the former rule are moved to their new merge keys at the next start.
         * ({@code ENTENTE_CATALOG_EVENTS_JOINT_CODES}, comma-separated)
         */
        @WithDefault("040,041,044,046,057")
        Set<String> jointCodes();
    }
}
