package org.entente.analytics.service.period;

import java.util.Locale;
import java.util.Optional;

/** How finely a fact's date is known, from the coarsest to the finest. */
public enum DatePrecision {
    YEAR,
    MONTH,
    DAY;

    /** The contract's spelling ({@code year}, {@code month}, {@code day}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a date known to this precision is known at least as finely as {@code other}. */
    public boolean isAtLeast(DatePrecision other) {
        return compareTo(other) >= 0;
    }

    /** The precision spelled {@code name} in the contract, if it is one. */
    public static Optional<DatePrecision> fromWireName(String name) {
        for (DatePrecision precision : values()) {
            if (precision.wireName().equals(name)) {
                return Optional.of(precision);
            }
        }
        return Optional.empty();
    }
}
