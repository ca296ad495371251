package org.entente.analytics.service.dyad;

import java.util.Locale;
import java.util.Optional;

/** How pairs are ranked. */
public enum DyadSort {
    /** most events first */
    ACTIVITY,
    /** highest cooperation index first */
    COOPERATION,
    /** largest change of the cooperation index between the previous and the recent window first */
    CHANGE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DyadSort> fromWireName(String name) {
        for (DyadSort sort : values()) {
            if (sort.wireName().equals(name)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}
