package org.entente.analytics.service.rebuild;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.entente.analytics.messaging.CatalogChangeReader;
import org.entente.analytics.messaging.ReplayException;
import org.entente.analytics.messaging.TopicReplayer;
import org.entente.analytics.model.RebuildRun;
import org.entente.analytics.model.RebuildState;
import org.entente.analytics.repository.DatabaseOutage;
import org.entente.analytics.repository.ReadModelLocks;
import org.entente.analytics.repository.ReadModelMaintenance;
import org.entente.analytics.service.change.ChangeApplier;
import org.entente.analytics.service.change.InvalidChangeException;
import org.entente.contract.CatalogChange;
import org.jboss.logging.Logger;

/**
 * Rebuilds the read model from the catalog's topic: empties it, then replays the topic from the beginning in
 * batches, each applied in one transaction that keeps live changes out while it runs. Live changes applied
 * between batches are harmless: applying is idempotent per change and per entity version, so the replay skips
 * what the live consumer already did and the live consumer skips what the replay did. One rebuild runs at a
 * time; queries answer from the partial read model while it runs.
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);
    private static final String INTERRUPTED = "the service stopped before the rebuild finished";
    private static final String FAILED = "the replay failed; the service log has the cause";

    private final ReadModelLocks locks;
    private final ReadModelMaintenance maintenance;
    private final TopicReplayer replayer;
    private final CatalogChangeReader reader;
    private final ChangeApplier applier;
    private final ManagedExecutor executor = ManagedExecutor.builder()
            .maxAsync(1)
            .propagated(ThreadContext.NONE)
            .cleared(ThreadContext.ALL_REMAINING)
            .build();

    public RebuildService(ReadModelLocks locks, ReadModelMaintenance maintenance, TopicReplayer replayer,
                          CatalogChangeReader reader, ChangeApplier applier) {
        this.locks = locks;
        this.maintenance = maintenance;
        this.replayer = replayer;
        this.reader = reader;
        this.applier = applier;
    }

    /**
     * Starts a rebuild in the background.
     *
     * @return its status (running)
     * @throws RebuildInProgressException when a rebuild is running
     */
    public RebuildStatus start() {
        RebuildStatus status = QuarkusTransaction.requiringNew().call(this::register);
        executor.runAsync(() -> rebuild(status.id()))
                .exceptionally(failure -> {
                    LOG.errorf(failure, "rebuild %s failed", status.id());
                    QuarkusTransaction.requiringNew().run(() -> finish(status.id(), RebuildState.FAILED,
                            failure.getCause() instanceof ReplayException replay ? replay.getMessage() : FAILED));
                    return null;
                });
        return status;
    }

    /** The status of rebuild {@code id}, if there is one. */
    public Optional<RebuildStatus> status(UUID id) {
        return RebuildRun.<RebuildRun>findByIdOptional(id).map(RebuildStatus::of);
    }

    /** A rebuild still marked running when the service starts was cut short by a stop: it is marked failed. */
    @Transactional
    void failInterrupted(@Observes StartupEvent startup) {
        List<RebuildRun> interrupted = RebuildRun.list("state", RebuildState.RUNNING);
        interrupted.forEach(run -> finish(run, RebuildState.FAILED, INTERRUPTED));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private RebuildStatus register() {
        locks.lockRebuildRequests();
        RebuildRun.running().ifPresent(running -> {
            throw new RebuildInProgressException(running.id);
        });
        RebuildRun run = new RebuildRun();
        run.id = UUID.randomUUID();
        run.state = RebuildState.RUNNING;
        run.requestedAt = Instant.now();
        run.persist();
        return RebuildStatus.of(run);
    }

    private void rebuild(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> {
            locks.enterAlone();
            maintenance.truncate();
        });
        long read = replayer.replay(batch -> applyReplayed(id, batch));
        QuarkusTransaction.requiringNew().run(() -> finish(id, RebuildState.COMPLETED, null));
        LOG.infof("rebuild %s replayed %d records", id, read);
    }

    /**
     * Applies a replayed batch in one transaction; when the database refuses it, one record per transaction, so
     * that a change the live consumer dead-lettered is skipped, not the rest of its batch. An unreachable database
     * fails the rebuild.
     */
    private void applyReplayed(UUID id, List<String> records) {
        try {
            QuarkusTransaction.requiringNew().run(() -> applyBatch(id, records));
            return;
        } catch (RuntimeException e) {
            if (DatabaseOutage.isCauseOf(e)) {
                throw e;
            }
            LOG.warnf("rebuild %s: a batch of %d records failed (%s); applying them one by one", id, records.size(), e);
        }
        for (String record : records) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyBatch(id, List.of(record)));
            } catch (RuntimeException e) {
                if (DatabaseOutage.isCauseOf(e)) {
                    throw e;
                }
                LOG.warnf("rebuild %s skips a record the database refuses: %s", id, e);
                QuarkusTransaction.requiringNew().run(() -> {
                    RebuildRun run = RebuildRun.findById(id);
                    run.changesRead++;
                    run.changesSkipped++;
                });
            }
        }
    }

    private void applyBatch(UUID id, List<String> records) {
        locks.enterAlone();
        List<CatalogChange> changes = new ArrayList<>(records.size());
        long skipped = 0;
        for (String record : records) {
            try {
                changes.add(reader.read(record));
            } catch (InvalidChangeException e) {
                skipped++;
                LOG.debugf("rebuild %s skips a record that is not a valid change: %s", id, e.getMessage());
            }
        }
        applier.applyAll(changes);
        RebuildRun run = RebuildRun.findById(id);
        run.changesRead += records.size();
        run.changesSkipped += skipped;
    }

    private static void finish(UUID id, RebuildState state, String detail) {
        finish(RebuildRun.findById(id), state, detail);
    }

    private static void finish(RebuildRun run, RebuildState state, String detail) {
        run.state = state;
        run.detail = detail;
        run.finishedAt = Instant.now();
    }
}
