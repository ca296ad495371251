package org.entente.ingest.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/**
 * Settings of ingest-service, under {@code entente.ingest}. Every setting can also be given as an environment
 * variable ({@code entente.ingest.parse.timeout} → {@code ENTENTE_INGEST_PARSE_TIMEOUT}).
 */
@ConfigMapping(prefix = "entente.ingest")
public interface IngestConfig {

    /**
     * Largest request body accepted for one article ({@code POST /api/articles}, {@code POST /api/extract}),
     * default 10M. Larger requests are answered 413 before their body is read. {@code quarkus.http.limits.max-body-size}
     * is the hard ceiling for every request and must be at least {@code batch.max-total-size}.
     */
    @WithDefault("10M")
    MemorySize maxArticleSize();

    /** How uploaded files are parsed. */
    Parse parse();

    /** How the outbox is relayed to Kafka. */
    Outbox outbox();

    /** Limits of batch uploads. */
    Batch batch();

    /** Guards for zip archives: those sent in a batch and office documents (DOCX, ODT), which are zips too. */
    Zip zip();

    /** Parsing limits: what a hostile file may cost at most. */
    interface Parse {

        /** Longest time one file may take to parse, default 15 seconds; slower files are refused (422). */
        @WithDefault("15s")
        Duration timeout();

        /** Files parsed at the same time, default 2. */
        @WithDefault("2")
        int threads();

        /** Files waiting for a parser thread; beyond this an upload is answered 503 with Retry-After. Default 32. */
        @WithDefault("32")
        int queue();

        /** Most characters of text one file may yield, default 2,000,000; more is refused (422). */
        @WithDefault("2000000")
        int maxCharacters();

        /**
         * Media types accepted in uploaded files, as detected by Tika from the content (the file name only refines
         * it). A type is accepted when it is one of these or a subtype of one ({@code text/html} is a
         * {@code text/plain}). Default: text, XML (including XHTML), PDF, Word (DOCX and DOC), OpenDocument text, RTF.
         */
        @WithDefault("text/plain,application/xml,application/pdf,"
                + "application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword,"
                + "application/vnd.oasis.opendocument.text,application/rtf")
        List<String> mediaTypes();
    }

    /** The transactional outbox relay. */
    interface Outbox {

        /** Pause between two relay rounds when the outbox is empty, default 1 second (the scheduler's shortest). */
        @WithDefault("1s")
        Duration interval();

        /** Most messages sent in one round, default 500. */
        @WithDefault("500")
        int batchSize();

        /**
         * Longest wait for Kafka to acknowledge a round's messages, default 30 seconds. Unacknowledged messages stay in
         * the outbox and are sent again in a later round. A round runs in one database transaction, so this must stay
         * well below the transaction timeout ({@code quarkus.transaction-manager.default-transaction-timeout}, 60s).
         */
        @WithDefault("30s")
        Duration sendTimeout();

        /** Pause after a failed round before the next one, default 5 seconds. */
        @WithDefault("5s")
        Duration retryDelay();
    }

    /** Batch uploads ({@code POST /api/articles/batch}). */
    interface Batch {

        /** Most files in one batch, counting every file inside a zip, default 1000. */
        @WithDefault("1000")
        int maxFiles();

        /** Most bytes in one batch, counting files inside a zip uncompressed, default 100M. */
        @WithDefault("100M")
        MemorySize maxTotalSize();

        /** How often the background worker looks for files to process, default 1 second. */
        @WithDefault("1s")
        Duration pollInterval();
    }

    /** Guards against hostile zip archives. */
    interface Zip {

        /** Most entries in one archive, default 10,000. */
        @WithDefault("10000")
        int maxEntries();

        /**
         * Most bytes one archive may inflate to, default 200M. A batch zip is further bound by
         * {@code batch.max-total-size}.
         */
        @WithDefault("200M")
        MemorySize maxUncompressedSize();

        /**
         * Most uncompressed bytes per byte of archive, default 100; checked once the archive has inflated past
         * {@code ratio-threshold}. Above it the archive is refused as a zip bomb.
         */
        @WithDefault("100")
        int maxCompressionRatio();

        /** Uncompressed bytes an archive may reach before its compression ratio is checked, default 1M. */
        @WithDefault("1M")
        MemorySize ratioThreshold();
    }
}
