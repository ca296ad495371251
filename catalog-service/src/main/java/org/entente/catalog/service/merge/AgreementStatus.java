package org.entente.catalog.service.merge;

import java.util.Locale;

/**
 * The stages of an agreement's life, in the order they normally happen: proposed, signed, in force, then
 * stalled, withdrawn or ended. The wire form is the lower-case name.
 */
public enum AgreementStatus {
    PROPOSED, SIGNED, IN_FORCE, STALLED, WITHDRAWN, ENDED;

    /** The name used in the Kafka contract and the REST API ({@code in_force}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when the wire name is one of the statuses. */
    public static boolean isWireName(String name) {
        for (AgreementStatus status : values()) {
            if (status.wireName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a wire name.
     *
     * @throws IllegalArgumentException when the name is not a status
     */
    public static AgreementStatus fromWireName(String name) {
        for (AgreementStatus status : values()) {
            if (status.wireName().equals(name)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown agreement status '" + name + "'");
    }
}
