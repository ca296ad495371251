package org.entente.analytics.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a rebuild of the read model stands. */
public enum RebuildState {
    RUNNING,
    COMPLETED,
    FAILED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
