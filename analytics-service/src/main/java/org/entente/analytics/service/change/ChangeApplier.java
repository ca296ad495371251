package org.entente.analytics.service.change;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.analytics.repository.ChangeRows;
import org.entente.analytics.repository.EventStatsRepository;
import org.entente.analytics.repository.ReadModelLocks;
import org.entente.analytics.service.period.PartialDate;
import org.entente.analytics.service.stats.EventContribution;
import org.entente.analytics.service.stats.StatsDelta;
import org.entente.contract.CatalogChange;
import org.entente.contract.EventFact;

/**
 * Applies catalog changes to the read model, idempotently: a change already processed (same change id) and a
 * change no newer than the entity's latest version change nothing. An upsert replaces the entity's row and
 * moves its contribution in the aggregates; a retraction deletes the row and takes its contribution out.
 *
 * <p>A batch of changes gives the same read model as applying them one by one in its order ({@link ChangePlan}),
 * with a fixed number of statements: each entity's row and state are written once, and each aggregate bucket gets
 * the net change of the whole batch in one write. The caller owns the transaction (one per poll live, one per
 * replayed batch in a rebuild).
 */
@ApplicationScoped
public class ChangeApplier {

    private static final String CHANGES_METRIC = "entente.analytics.changes";

    private final ReadModelLocks locks;
    private final ChangeRows rows;
    private final EventStatsRepository stats;
    private final MeterRegistry meters;

    public ChangeApplier(ReadModelLocks locks, ChangeRows rows, EventStatsRepository stats, MeterRegistry meters) {
        this.locks = locks;
        this.rows = rows;
        this.stats = stats;
        this.meters = meters;
    }

    /** Applies {@code change}, which {@link ChangeValidator} has accepted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ChangeOutcome apply(CatalogChange change) {
        return applyAll(List.of(change)).get(0);
    }

    /**
     * Applies {@code changes}, which {@link ChangeValidator} has accepted, as if one by one in their order.
     *
     * @return the outcome of each change, in their order
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ChangeOutcome> applyAll(List<CatalogChange> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        Set<EntityKey> entities = new TreeSet<>();
        changes.forEach(change -> entities.add(EntityKey.of(change)));
        locks.enterAsChangeWriter();
        locks.lockEntities(entities.stream().map(EntityKey::lockName).toList());

        ChangePlan plan = ChangePlan.of(changes, rows.processedAmong(changes.stream().map(CatalogChange::changeId)
                .toList()), rows.versionsOf(entities));
        List<String> changedEvents = plan.latestApplied().stream()
                .filter(change -> ChangeValidator.KIND_EVENT.equals(change.kind()))
                .map(CatalogChange::entityId)
                .toList();
        Map<String, EventContribution> before = rows.eventContributions(changedEvents);
        StatsDelta delta = StatsDelta.none();
        for (CatalogChange change : plan.latestApplied()) {
            if (ChangeValidator.KIND_EVENT.equals(change.kind())) {
                delta = delta.plus(StatsDelta.between(before.get(change.entityId()), contributionAfter(change)));
            }
        }
        rows.write(plan.latestApplied(), plan.newChangeIds(), Instant.now());
        stats.apply(delta);
        count(plan.outcomes());
        return plan.outcomes();
    }

    /** What the event contributes once {@code change} is applied: nothing after a retraction. */
    static EventContribution contributionAfter(CatalogChange change) {
        if (ChangeValidator.OP_RETRACT.equals(change.op())) {
            return null;
        }
        EventFact fact = change.event();
        PartialDate date = fact.date() == null ? null : PartialDate.parse(fact.date(), fact.datePrecision());
        return new EventContribution(change.dyad(), date, fact.quad(), ChangeRows.storedGoldstein(fact.goldstein()));
    }

    private void count(List<ChangeOutcome> outcomes) {
        Map<ChangeOutcome, Integer> counts = new EnumMap<>(ChangeOutcome.class);
        outcomes.forEach(outcome -> counts.merge(outcome, 1, Integer::sum));
        counts.forEach((outcome, n) -> meters.counter(CHANGES_METRIC, "outcome", outcome.tag()).increment(n));
    }
}
