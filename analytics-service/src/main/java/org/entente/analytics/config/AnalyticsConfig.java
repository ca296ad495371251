package org.entente.analytics.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Set;

/** Settings of the analytics service ({@code entente.analytics.*}, or {@code ENTENTE_ANALYTICS_*} variables). */
@ConfigMapping(prefix = "entente.analytics")
public interface AnalyticsConfig {

    /** The topic of the catalog's changes, consumed live and replayed by a rebuild. */
    @WithDefault("catalog.facts")
    String topic();

    /** Codes accepted as countries besides ISO 3166-1 alpha-3: international organisations and historical states. */
    @WithDefault("IGO,SUN,DDR,YUG,CSK,SCG,XKX")
    Set<String> extraCountryCodes();

    /** Trends queries. */
    Trends trends();

    /** Trade-balance queries. */
    Trade trade();

    /** Dyad rankings. */
    Dyads dyads();

    /** Rebuilds by replay. */
    Rebuild rebuild();

    /** The live consumer of {@link #topic()}. */
    Consumer consumer();

    /** Settings of trends queries. */
    interface Trends {

        /** Periods per moving window and per slope fit when the query gives none. */
        @WithDefault("3")
        int defaultWindow();

        /** The largest window a query may ask for. */
        @WithDefault("120")
        int maxWindow();

        /**
         * Slope of the mean Goldstein weight, in points per period, beyond which a trend is improving (or,
         * below its negative, worsening); between the two it is stable.
         */
        @WithDefault("0.25")
        double stableSlope();

        /** The most periods one answer may hold. */
        @WithDefault("600")
        int maxPeriods();

        /** How many of the largest shifts between consecutive periods an answer lists. */
        @WithDefault("3")
        int shifts();

        /** How many events of each period of a shift are listed behind it (those with the largest weights). */
        @WithDefault("5")
        int eventsPerShiftPeriod();
    }

    /** Settings of trade-balance queries. */
    interface Trade {

        /** The most years one answer may hold. */
        @WithDefault("200")
        int maxYears();
    }

    /** Settings of dyad rankings. */
    interface Dyads {

        /** Pairs listed when the query gives no limit. */
        @WithDefault("20")
        int defaultLimit();

        /** The largest limit a query may ask for. */
        @WithDefault("1000")
        int maxLimit();

        /** Years per window compared for change when the query gives none. */
        @WithDefault("2")
        int defaultChangeWindowYears();

        /** The longest change window a query may ask for, in years. */
        @WithDefault("50")
        int maxChangeWindowYears();
    }

    /** Settings of rebuilds. */
    interface Rebuild {

        /** How long a replay waits for Kafka to answer (metadata, offsets, records) before the rebuild fails. */
        @WithDefault("PT30S")
        Duration kafkaTimeout();

        /** How long one poll of the replay waits for records. */
        @WithDefault("PT0.5S")
        Duration pollTimeout();
    }

    /** Settings of the live consumer. */
    interface Consumer {

        /**
         * How many times a batch (or, once the batch has failed, a single change) is tried again after a failure
         * that is not a database outage; an outage is waited out however long it lasts.
         */
        @WithDefault("3")
        int maxRetries();

        /** The wait before the first retry; it doubles with every retry, up to {@link #maxRetryDelay()}. */
        @WithDefault("PT1S")
        Duration retryDelay();

        /** The longest wait between two tries. */
        @WithDefault("PT30S")
        Duration maxRetryDelay();
    }
}
