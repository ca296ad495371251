package org.entente.analytics.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One rebuild of the read model by replaying the catalog's topic. */
@Entity
@Table(name = "rebuild_run")
public class RebuildRun extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RebuildState state;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** Records read from the topic so far. */
    @Column(name = "changes_read", nullable = false)
    public long changesRead;

    /** Records that were not valid changes (the live consumer sends those to the dead-letter topic). */
    @Column(name = "changes_skipped", nullable = false)
    public long changesSkipped;

    /** Why the rebuild failed, when it did. */
    public String detail;

    /** The rebuild in progress, if any. */
    public static Optional<RebuildRun> running() {
        return find("state", RebuildState.RUNNING).firstResultOptional();
    }
}
