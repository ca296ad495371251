package org.entente.analytics.service.change;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import org.entente.analytics.model.EntityState;
import org.entente.analytics.model.ProcessedChange;
import org.entente.analytics.model.StoredEvent;
import org.entente.analytics.model.StoredTradeFigure;
import org.entente.analytics.repository.EventStatsRepository;
import org.entente.analytics.repository.ReadModelLocks;
import org.entente.analytics.service.period.DatePrecision;
import org.entente.analytics.service.period.PartialDate;
import org.entente.analytics.service.stats.EventContribution;
import org.entente.analytics.service.stats.StatsDelta;
import org.entente.contract.CatalogChange;
import org.entente.contract.EventFact;
import org.entente.contract.TradeFact;

/**
 * Applies catalog changes to the read model, idempotently: a change already processed (same change id) and a
 * change no newer than the entity's latest version change nothing. An upsert replaces the entity's row and
 * moves its contribution in the aggregates; a retraction deletes the row and takes its contribution out.
 * The caller owns the transaction (one per message live, one per batch in a replay).
 */
@ApplicationScoped
public class ChangeApplier {

    private static final String CHANGES_METRIC = "entente.analytics.changes";

    private final ReadModelLocks locks;
    private final EventStatsRepository stats;
    private final MeterRegistry meters;

    public ChangeApplier(ReadModelLocks locks, EventStatsRepository stats, MeterRegistry meters) {
        this.locks = locks;
        this.stats = stats;
        this.meters = meters;
    }

    /** Applies {@code change}, which {@link ChangeValidator} has accepted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ChangeOutcome apply(CatalogChange change) {
        locks.enterAsChangeWriter();
        locks.lockEntity(change.kind(), change.entityId());
        ChangeOutcome outcome = decideAndApply(change);
        meters.counter(CHANGES_METRIC, "outcome", outcome.tag()).increment();
        return outcome;
    }

    private ChangeOutcome decideAndApply(CatalogChange change) {
        if (ProcessedChange.isProcessed(change.changeId())) {
            return ChangeOutcome.DUPLICATE;
        }
        Instant now = Instant.now();
        EntityState state = EntityState.of(change.kind(), change.entityId());
        ChangeOutcome outcome;
        if (state != null && change.version() <= state.version) {
            outcome = ChangeOutcome.STALE;
        } else {
            replace(change);
            record(state, change, now);
            outcome = ChangeOutcome.APPLIED;
        }
        ProcessedChange.record(change.changeId(), now);
        return outcome;
    }

    /**
     * Makes the entity's row what the change says: an upsert keeps one, a retraction none. Agreements feed no
     * figure: their version in the entity state is all the read model keeps of them.
     */
    private void replace(CatalogChange change) {
        boolean upsert = ChangeValidator.OP_UPSERT.equals(change.op());
        if (ChangeValidator.KIND_EVENT.equals(change.kind())) {
            stats.apply(replaceEvent(change, upsert));
        } else if (ChangeValidator.KIND_TRADE.equals(change.kind())) {
            replaceTrade(change, upsert);
        }
    }

    private StatsDelta replaceEvent(CatalogChange change, boolean upsert) {
        StoredEvent current = StoredEvent.findById(change.entityId());
        EventContribution before = current == null ? null : contributionOf(current);
        if (!upsert) {
            if (current != null) {
                current.delete();
            }
            return StatsDelta.between(before, null);
        }
        StoredEvent event = current != null ? current : new StoredEvent();
        fill(event, change);
        if (current == null) {
            event.persist();
        }
        return StatsDelta.between(before, contributionOf(event));
    }

    private static void replaceTrade(CatalogChange change, boolean upsert) {
        StoredTradeFigure current = StoredTradeFigure.findById(change.entityId());
        if (!upsert) {
            if (current != null) {
                current.delete();
            }
            return;
        }
        StoredTradeFigure figure = current != null ? current : new StoredTradeFigure();
        fill(figure, change);
        if (current == null) {
            figure.persist();
        }
    }

    private static void record(EntityState existing, CatalogChange change, Instant now) {
        EntityState state = existing != null ? existing : new EntityState();
        state.entityId = change.entityId();
        state.kind = change.kind();
        state.dyad = change.dyad();
        state.version = change.version();
        state.retracted = ChangeValidator.OP_RETRACT.equals(change.op());
        state.updatedAt = now;
        if (existing == null) {
            state.persist();
        }
    }

    private static void fill(StoredEvent event, CatalogChange change) {
        EventFact fact = change.event();
        PartialDate date = fact.date() == null ? null : PartialDate.parse(fact.date(), fact.datePrecision());
        event.entityId = change.entityId();
        event.dyad = change.dyad();
        event.source = fact.source();
        event.target = fact.target();
        event.cameo = fact.cameo();
        event.quad = (short) fact.quad();
        event.goldstein = BigDecimal.valueOf(fact.goldstein()).setScale(2, RoundingMode.HALF_UP);
        event.eventDate = date == null ? null : date.start();
        event.datePrecision = date == null ? null : date.precision().wireName();
        event.mentions = change.mentions();
        event.articles = List.copyOf(change.articles());
    }

    private static void fill(StoredTradeFigure figure, CatalogChange change) {
        TradeFact fact = change.trade();
        figure.entityId = change.entityId();
        figure.dyad = change.dyad();
        figure.exporter = fact.exporter();
        figure.importer = fact.importer();
        figure.flow = fact.flow();
        figure.year = fact.year();
        figure.valueUsd = fact.valueUsd();
        figure.basis = fact.basis();
        figure.product = fact.product();
        figure.mentions = change.mentions();
        figure.articles = List.copyOf(change.articles());
        figure.conflict = change.conflict();
    }

    private static EventContribution contributionOf(StoredEvent event) {
        PartialDate date = event.eventDate == null ? null
                : new PartialDate(event.eventDate, DatePrecision.fromWireName(event.datePrecision).orElseThrow());
        return new EventContribution(event.dyad, date, event.quad, event.goldstein);
    }
}
