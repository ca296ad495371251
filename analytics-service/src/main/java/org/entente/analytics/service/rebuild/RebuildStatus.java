package org.entente.analytics.service.rebuild;

import java.time.Instant;
import java.util.UUID;
import org.entente.analytics.model.RebuildRun;
import org.entente.analytics.model.RebuildState;

/**
 * Where a rebuild stands.
 *
 * @param id             the rebuild's id
 * @param state          {@code running}, {@code completed} or {@code failed}
 * @param requestedAt    when it was asked for
 * @param finishedAt     when it completed or failed, null while running
 * @param changesRead    records of the topic read so far
 * @param changesSkipped records that were not valid changes
 * @param detail         why it failed, when it did
 */
public record RebuildStatus(UUID id, RebuildState state, Instant requestedAt, Instant finishedAt, long changesRead,
                            long changesSkipped, String detail) {

    static RebuildStatus of(RebuildRun run) {
        return new RebuildStatus(run.id, run.state, run.requestedAt, run.finishedAt, run.changesRead,
                run.changesSkipped, run.detail);
    }
}
