package org.entente.analytics.service.trend;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a relationship is heading, judged from the slope of its mean Goldstein weight. */
public enum TrendDirection {
    IMPROVING,
    WORSENING,
    STABLE;

    /**
     * {@code improving} when {@code slope} exceeds {@code threshold}, {@code worsening} when it is below
     * {@code -threshold}, {@code stable} otherwise.
     */
    public static TrendDirection of(double slope, double threshold) {
        if (slope > threshold) {
            return IMPROVING;
        }
        return slope < -threshold ? WORSENING : STABLE;
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
