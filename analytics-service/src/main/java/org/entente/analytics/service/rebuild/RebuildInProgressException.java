package org.entente.analytics.service.rebuild;

import java.util.UUID;

/** A rebuild was asked for while another one is running. */
public class RebuildInProgressException extends RuntimeException {

    private final UUID runningId;

    public RebuildInProgressException(UUID runningId) {
        super("rebuild " + runningId + " is still running");
        this.runningId = runningId;
    }

    /** The id of the rebuild that is running. */
    public UUID runningId() {
        return runningId;
    }
}
