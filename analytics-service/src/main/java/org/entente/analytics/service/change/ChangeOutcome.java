package org.entente.analytics.service.change;

import java.util.Locale;

/** What applying a catalog change did. */
public enum ChangeOutcome {
    /** the read model now reflects the change */
    APPLIED,
    /** the change had been applied before (a redelivery); nothing changed */
    DUPLICATE,
    /** a newer version of the entity had been applied; nothing changed */
    STALE;

    /** The value of the {@code outcome} tag of the changes metric. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
