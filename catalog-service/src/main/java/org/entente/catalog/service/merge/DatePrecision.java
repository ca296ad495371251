package org.entente.catalog.service.merge;

import java.util.Locale;

/** How precise a {@link PartialDate} is; the wire form is the lower-case name ({@code day}, {@code month}, {@code year}). */
public enum DatePrecision {
    YEAR, MONTH, DAY;

    /** The name used in the Kafka contract and the REST API. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a wire name.
     *
     * @throws IllegalArgumentException when the name is not {@code day}, {@code month} or {@code year}
     */
    public static DatePrecision fromWireName(String name) {
        for (DatePrecision precision : values()) {
            if (precision.wireName().equals(name)) {
                return precision;
            }
        }
        throw new IllegalArgumentException("unknown date precision '" + name + "'");
    }
}
