package org.entente.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.catalog.model.Agreement;
import org.entente.catalog.model.AgreementMention;
import org.entente.catalog.model.Dyads;
import org.entente.catalog.repository.DyadStatsRepository;
import org.entente.catalog.repository.AgreementMentionRepository;
import org.entente.catalog.repository.AgreementRepository;
import org.entente.catalog.service.merge.AgreementClusterer;
import org.entente.catalog.service.merge.AgreementStatus;
import org.entente.catalog.service.merge.ClusterAssignment;
import org.entente.catalog.service.merge.CurrentStatus;
import org.entente.catalog.service.merge.PartialDate;
import org.entente.catalog.service.merge.StatusStatement;
import org.entente.contract.AgreementFact;
import org.entente.contract.ExtractedFact;

/**
 * Keeps agreements in step with the statements of their status.
 *
 * <p>Statements that could concern the same agreement share a merge key: the same parties, type and domain.
 * Within a key, statements whose titles match ({@link AgreementClusterer}) are one agreement, whose mentions
 * are its status history and whose current status is chosen by {@link CurrentStatus}. As for events, a key is
 * recomputed as a whole on every change, existing agreements keep their ids where their mentions carry over,
 * changes are published and agreements left without mentions are retracted. Callers hold the dyad's lock.
 */
@ApplicationScoped
public class AgreementCatalog {

    /** Orders a status history chronologically: by date (undated first), then lifecycle stage, then mention. */
    public static final Comparator<AgreementMention> HISTORY_ORDER =
            Comparator.<AgreementMention, PartialDate>comparing(
                            m -> m.date == null ? null : PartialDate.parse(m.date),
                            Comparator.nullsFirst(PartialDate.CHRONOLOGICAL))
                    .thenComparing(m -> AgreementStatus.fromWireName(m.status))
                    .thenComparing(Mentions.NATURAL_ORDER);

    private final AgreementRepository agreements;
    private final AgreementMentionRepository mentions;
    private final ChangeOutbox outbox;
    private final DyadStatsRepository stats;

    AgreementCatalog(AgreementRepository agreements, AgreementMentionRepository mentions, ChangeOutbox outbox,
                     DyadStatsRepository stats) {
        this.agreements = agreements;
        this.mentions = mentions;
        this.outbox = outbox;
        this.stats = stats;
    }

    /** Which facts of the articles are stored as status statements, as their mentions' natural keys. */
    public Set<String> storedFacts(Collection<String> articleIds) {
        return mentions.storedFacts(articleIds);
    }

    /**
     * Stores new status statements and recomputes each merge key they fall under, once. The stored mentions and
     * agreements of all those keys are read with one query each, and each new mention is inserted once, already
     * assigned to its agreement. The caller has checked that the facts are not stored yet, and holds their dyads'
     * locks.
     *
     * @return the merge keys that were recomputed
     */
    Set<String> storeAll(List<ExtractedFact> facts, Instant receivedAt, DyadCounts counts) {
        Map<String, List<AgreementMention>> fresh = new TreeMap<>();
        for (ExtractedFact fact : facts) {
            AgreementMention mention = mention(fact, receivedAt);
            fresh.computeIfAbsent(mention.mergeKey, key -> new ArrayList<>()).add(mention);
        }
        if (fresh.isEmpty()) {
            return Set.of();
        }
        Map<String, List<AgreementMention>> storedMentions = mentions.byMergeKeys(fresh.keySet()).stream()
                .collect(Collectors.groupingBy(m -> m.mergeKey));
        Map<String, List<Agreement>> storedAgreements = agreements.byMergeKeys(fresh.keySet()).stream()
                .collect(Collectors.groupingBy(a -> a.mergeKey));
        fresh.forEach((mergeKey, added) -> {
            List<AgreementMention> keyMentions = new ArrayList<>(storedMentions.getOrDefault(mergeKey, List.of()));
            keyMentions.addAll(added);
            recompute(mergeKey, keyMentions, storedAgreements.getOrDefault(mergeKey, List.of()), counts);
            added.forEach(mentions::persist);
        });
        return fresh.keySet();
    }

    private static AgreementMention mention(ExtractedFact fact, Instant receivedAt) {
        AgreementFact agreement = fact.agreement();
        List<String> parties = Dyads.sortedParties(agreement.parties());
        AgreementMention mention = new AgreementMention();
        Mentions.fill(mention, fact, mergeKey(parties, agreement.type(), agreement.domain()), Dyads.of(parties),
                receivedAt);
        mention.parties = parties;
        mention.title = agreement.title().strip();
        mention.type = agreement.type();
        mention.domain = agreement.domain();
        mention.status = agreement.status();
        mention.date = agreement.date();
        mention.datePrecision = agreement.date() == null ? null
                : PartialDate.parse(agreement.date()).precision().wireName();
        return mention;
    }

    /** The merge key of a status statement: parties, type and domain. */
    static String mergeKey(List<String> sortedParties, String type, String domain) {
        return String.join("-", sortedParties) + "|" + type + "|" + domain;
    }

    /** Recomputes every agreement of a merge key from its current mentions. */
    public void recompute(String mergeKey) {
        DyadCounts counts = new DyadCounts();
        recompute(mergeKey, mentions.byMergeKey(mergeKey), agreements.byMergeKey(mergeKey), counts);
        counts.writeTo(stats);
    }

    /**
     * Recomputes the agreements of a merge key from all its mentions (new ones, not persisted yet, have no id and
     * no agreement) and the agreements stored for it.
     */
    private void recompute(String mergeKey, List<AgreementMention> keyMentions, List<Agreement> storedAgreements,
                           DyadCounts counts) {
        Map<Long, Agreement> stored = storedAgreements.stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<List<AgreementMention>> clusters =
                AgreementClusterer.cluster(keyMentions, m -> m.title, Mentions.NATURAL_ORDER);
        Map<Integer, Long> continued = ClusterAssignment.assign(
                Mentions.idSets(clusters),
                Mentions.idsByOwner(stored.keySet(), keyMentions, m -> m.agreementId));
        for (int i = 0; i < clusters.size(); i++) {
            Long agreementId = continued.get(i);
            update(agreementId == null ? null : stored.remove(agreementId), mergeKey, clusters.get(i), counts);
        }
        for (Agreement orphan : stored.values()) {
            outbox.retract(PublishedState.of(orphan), orphan.version + 1);
            agreements.delete(orphan);
            counts.agreements(orphan.dyad, -1);
        }
    }

    private void update(Agreement existing, String mergeKey, List<AgreementMention> members,
                        DyadCounts counts) {
        PublishedState before = existing == null ? null : PublishedState.of(existing);
        Agreement agreement = existing == null ? new Agreement() : existing;
        represent(agreement, mergeKey, members);
        if (agreement.id == null) {
            agreement.version = 1;
            agreements.persist(agreement);
            counts.agreements(agreement.dyad, 1);
        }
        members.forEach(m -> m.agreementId = agreement.id);
        outbox.publishIfChanged(agreement, before, PublishedState.of(agreement));
    }

    /**
     * Sets an agreement from its mentions: the title most of them use (the longest, then the first in
     * alphabetical order, on a tie), the current status and its date, and the mention summary.
     */
    static void represent(Agreement agreement, String mergeKey, List<AgreementMention> members) {
        AgreementMention first = members.get(0);
        Map<String, Long> titleCounts = members.stream()
                .collect(Collectors.groupingBy(m -> m.title, Collectors.counting()));
        String title = titleCounts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(e -> e.getKey().length())
                        .thenComparing(Map.Entry.<String, Long>comparingByKey().reversed()))
                .orElseThrow().getKey();
        Map<StatusStatement, AgreementMention> statements = new HashMap<>();
        members.forEach(m -> statements.put(statement(m), m));
        AgreementMention current = statements.get(CurrentStatus.of(statements.keySet()));
        PartialDate date = current.date == null ? null : PartialDate.parse(current.date);
        agreement.mergeKey = mergeKey;
        agreement.dyad = first.dyad;
        agreement.parties = first.parties;
        agreement.type = first.type;
        agreement.domain = first.domain;
        agreement.title = title;
        agreement.status = current.status;
        agreement.date = current.date;
        agreement.datePrecision = current.datePrecision;
        agreement.setInterval(date == null ? null : date.start(), date == null ? null : date.end());
        Mentions.summarise(agreement, members);
    }

    /** The status statement a mention makes. */
    static StatusStatement statement(AgreementMention mention) {
        return new StatusStatement(AgreementStatus.fromWireName(mention.status),
                mention.date == null ? null : PartialDate.parse(mention.date), mention.reportedAt,
                mention.naturalKey());
    }
}
