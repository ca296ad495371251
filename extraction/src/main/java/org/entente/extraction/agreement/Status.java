package org.entente.extraction.agreement;

import java.util.Locale;

/** The statuses of an agreement, in the order of its life. */
enum Status {
    PROPOSED, SIGNED, IN_FORCE, STALLED, WITHDRAWN, ENDED;

    /** The name on the wire: {@code proposed}, {@code in_force}, ... */
    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Status ofWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
