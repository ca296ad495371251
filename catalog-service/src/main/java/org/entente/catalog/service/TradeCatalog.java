package org.entente.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.catalog.model.Dyads;
import org.entente.catalog.model.TradeFigure;
import org.entente.catalog.model.TradeMention;
import org.entente.catalog.repository.DyadStatsRepository;
import org.entente.catalog.repository.TradeFigureRepository;
import org.entente.catalog.repository.TradeMentionRepository;
import org.entente.catalog.service.merge.TradeClaimKey;
import org.entente.contract.ExtractedFact;
import org.entente.contract.TradeFact;

/**
 * Keeps trade figures in step with the claims that state them.
 *
 * <p>Claims of one flow (exporter, importer, flow, year, basis, product: the merge key) that state the same
 * figure ({@link TradeClaimKey#valueKey}) are one trade figure backed by all their sources. Different figures
 * for the same flow are all kept; when the flow's figures can contradict each other (actual figures for a known
 * year), each is flagged {@code conflict}. A flow is recomputed as a whole on every change; figures left without
 * claims are retracted. Callers hold the dyad's lock.
 */
@ApplicationScoped
public class TradeCatalog {

    private final TradeFigureRepository figures;
    private final TradeMentionRepository mentions;
    private final ChangeOutbox outbox;
    private final DyadStatsRepository stats;

    TradeCatalog(TradeFigureRepository figures, TradeMentionRepository mentions, ChangeOutbox outbox,
                 DyadStatsRepository stats) {
        this.figures = figures;
        this.mentions = mentions;
        this.outbox = outbox;
        this.stats = stats;
    }

    /** Which facts of the articles are stored as trade claims, as their mentions' natural keys. */
    public Set<String> storedFacts(Collection<String> articleIds) {
        return mentions.storedFacts(articleIds);
    }

    /**
     * Stores new trade claims and recomputes each flow they fall under, once. The stored claims and figures of all
     * those flows are read with one query each, and each new claim is inserted once, already assigned to its
     * figure. The caller has checked that the facts are not stored yet, and holds their dyads' locks.
     */
    void storeAll(List<ExtractedFact> facts, Instant receivedAt, DyadCounts counts) {
        Map<String, List<TradeMention>> fresh = new TreeMap<>();
        for (ExtractedFact fact : facts) {
            TradeMention mention = mention(fact, receivedAt);
            fresh.computeIfAbsent(mention.mergeKey, key -> new ArrayList<>()).add(mention);
        }
        if (fresh.isEmpty()) {
            return;
        }
        Map<String, List<TradeMention>> storedMentions = mentions.byMergeKeys(fresh.keySet()).stream()
                .collect(Collectors.groupingBy(m -> m.mergeKey));
        Map<String, List<TradeFigure>> storedFigures = figures.byMergeKeys(fresh.keySet()).stream()
                .collect(Collectors.groupingBy(f -> f.mergeKey));
        fresh.forEach((mergeKey, added) -> {
            List<TradeMention> claims = new ArrayList<>(storedMentions.getOrDefault(mergeKey, List.of()));
            claims.addAll(added);
            recompute(mergeKey, claims, storedFigures.getOrDefault(mergeKey, List.of()), counts);
            added.forEach(mentions::persist);
        });
    }

    private static TradeMention mention(ExtractedFact fact, Instant receivedAt) {
        TradeFact trade = fact.trade();
        boolean swap = "total".equals(trade.flow()) && trade.exporter().compareTo(trade.importer()) > 0;
        TradeMention mention = new TradeMention();
        mention.exporter = swap ? trade.importer() : trade.exporter();
        mention.importer = swap ? trade.exporter() : trade.importer();
        mention.flow = trade.flow();
        mention.year = trade.year();
        mention.valueUsd = trade.valueUsd();
        mention.amount = trade.amount();
        mention.currency = trade.currency();
        mention.basis = trade.basis();
        mention.product = trade.product() == null || trade.product().isBlank() ? null : trade.product().strip();
        mention.valueKey = TradeClaimKey.valueKey(trade.valueUsd(), trade.amount(), trade.currency());
        String mergeKey = TradeClaimKey.flowKey(mention.exporter, mention.importer, mention.flow, mention.year,
                mention.basis, mention.product);
        Mentions.fill(mention, fact, mergeKey, Dyads.of(mention.exporter, mention.importer), receivedAt);
        return mention;
    }

    /** Recomputes the figures of one flow from its current claims. */
    public void recompute(String mergeKey) {
        DyadCounts counts = new DyadCounts();
        recompute(mergeKey, mentions.byMergeKey(mergeKey), figures.byMergeKey(mergeKey), counts);
        counts.writeTo(stats);
    }

    /**
     * Recomputes the figures of one flow from all its claims (new ones, not persisted yet, have no id and no figure)
     * and the figures stored for it.
     */
    private void recompute(String mergeKey, List<TradeMention> claims, List<TradeFigure> storedFigures,
                           DyadCounts counts) {
        Map<String, List<TradeMention>> byValue = claims.stream()
                .sorted(Mentions.NATURAL_ORDER)
                .collect(Collectors.groupingBy(m -> m.valueKey, TreeMap::new, Collectors.toList()));
        Map<String, TradeFigure> stored = storedFigures.stream()
                .collect(Collectors.toMap(f -> f.valueKey, Function.identity()));
        boolean conflict = byValue.size() > 1 && byValue.values().stream()
                .findFirst().map(first -> TradeClaimKey.canConflict(first.get(0).basis, first.get(0).year))
                .orElse(false);
        byValue.forEach((valueKey, valueClaims) ->
                update(stored.remove(valueKey), mergeKey, valueKey, valueClaims, conflict, counts));
        for (TradeFigure orphan : stored.values()) {
            outbox.retract(PublishedState.of(orphan), orphan.version + 1);
            figures.delete(orphan);
            counts.trade(orphan.dyad, -1);
        }
    }

    private void update(TradeFigure existing, String mergeKey, String valueKey, List<TradeMention> claims,
                        boolean conflict, DyadCounts counts) {
        PublishedState before = existing == null ? null : PublishedState.of(existing);
        TradeFigure figure = existing == null ? new TradeFigure() : existing;
        represent(figure, mergeKey, valueKey, claims);
        figure.conflict = conflict;
        if (figure.id == null) {
            figure.version = 1;
            figures.persist(figure);
            counts.trade(figure.dyad, 1);
        }
        claims.forEach(m -> m.tradeFigureId = figure.id);
        outbox.publishIfChanged(figure, before, PublishedState.of(figure));
    }

    /**
     * Sets a figure from the claims that state it: the exact value most of them give (on a tie, that of the first
     * claim in article and fact order) and the claim summary.
     */
    static void represent(TradeFigure figure, String mergeKey, String valueKey, List<TradeMention> claims) {
        Map<StatedValue, Long> counts = claims.stream()
                .collect(Collectors.groupingBy(StatedValue::of, Collectors.counting()));
        TradeMention exemplar = claims.stream()
                .max(Comparator.<TradeMention>comparingLong(m -> counts.get(StatedValue.of(m)))
                        .thenComparing(Mentions.NATURAL_ORDER.reversed()))
                .orElseThrow();
        figure.mergeKey = mergeKey;
        figure.valueKey = valueKey;
        figure.dyad = exemplar.dyad;
        figure.exporter = exemplar.exporter;
        figure.importer = exemplar.importer;
        figure.flow = exemplar.flow;
        figure.year = exemplar.year;
        figure.basis = exemplar.basis;
        figure.product = exemplar.product;
        figure.valueUsd = exemplar.valueUsd;
        figure.amount = exemplar.amount;
        figure.currency = exemplar.currency;
        if (exemplar.year == null) {
            figure.setInterval(null, null);
        } else {
            figure.setInterval(LocalDate.of(exemplar.year, 1, 1), LocalDate.of(exemplar.year, 12, 31));
        }
        Mentions.summarise(figure, claims);
    }

    /** The exact figure a claim states. */
    private record StatedValue(Double valueUsd, Double amount, String currency) {
        static StatedValue of(TradeMention m) {
            return new StatedValue(m.valueUsd, m.amount, Objects.requireNonNullElse(m.currency, ""));
        }
    }
}
