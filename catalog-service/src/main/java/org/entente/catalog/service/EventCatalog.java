package org.entente.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.entente.catalog.model.CatalogEvent;
import org.entente.catalog.model.Dyads;
import org.entente.catalog.model.EventMention;
import org.entente.catalog.repository.DyadStatsRepository;
import org.entente.catalog.repository.EventMentionRepository;
import org.entente.catalog.repository.EventRepository;
import org.entente.catalog.service.merge.CameoCode;
import org.entente.catalog.service.merge.ClusterAssignment;
import org.entente.catalog.service.merge.EventClusterer;
import org.entente.catalog.service.merge.EventMergeKeys;
import org.entente.catalog.service.merge.EventSignature;
import org.entente.catalog.service.merge.JointActs;
import org.entente.catalog.service.merge.PartialDate;
import org.entente.contract.EventFact;
import org.entente.contract.ExtractedFact;

/**
 * Keeps catalog events in step with their mentions.
 *
 * <p>Mentions that could report the same event share a merge key ({@link EventMergeKeys}): the same pair
 * (directed, except for joint acts), CAMEO root and year. Whenever a key's mentions change, all its events are
 * recomputed from all its mentions ({@link EventClusterer}), so the catalog depends only on the set of mentions,
 * not on the order they came in. Existing events keep their ids where their mentions carry over
 * ({@link ClusterAssignment}); every event whose published state changed gets a new version and a change on the
 * outbox, and an event left without mentions is retracted. Callers hold the dyad's lock.
 */
@ApplicationScoped
public class EventCatalog {

    private final EventRepository events;
    private final EventMentionRepository mentions;
    private final ChangeOutbox outbox;
    private final DyadStatsRepository stats;
    private final EventMergeKeys keys;

    EventCatalog(EventRepository events, EventMentionRepository mentions, ChangeOutbox outbox,
                 DyadStatsRepository stats, EventMergeKeys keys) {
        this.events = events;
        this.mentions = mentions;
        this.outbox = outbox;
        this.stats = stats;
        this.keys = keys;
    }

    /** Which facts of the articles are stored as event mentions, as their mentions' natural keys. */
    public Set<String> storedFacts(Collection<String> articleIds) {
        return mentions.storedFacts(articleIds);
    }

    /**
     * Stores new event mentions and recomputes each merge key they fall under, once. The stored mentions and events
     * of all those keys are read with one query each, and each new mention is inserted once, already assigned to its
     * event. The caller has checked that the facts are not stored yet, and holds their dyads' locks.
     */
    void storeAll(List<ExtractedFact> facts, Instant receivedAt, DyadCounts counts) {
        Map<String, List<EventMention>> fresh = new TreeMap<>();
        for (ExtractedFact fact : facts) {
            EventMention mention = mention(fact, receivedAt);
            fresh.computeIfAbsent(mention.mergeKey, key -> new ArrayList<>()).add(mention);
        }
        if (fresh.isEmpty()) {
            return;
        }
        Map<String, List<EventMention>> storedMentions = mentions.byMergeKeys(fresh.keySet()).stream()
                .collect(Collectors.groupingBy(m -> m.mergeKey));
        Map<String, List<CatalogEvent>> storedEvents = events.byMergeKeys(fresh.keySet()).stream()
                .collect(Collectors.groupingBy(e -> e.mergeKey));
        fresh.forEach((mergeKey, added) -> {
            List<EventMention> keyMentions = new ArrayList<>(storedMentions.getOrDefault(mergeKey, List.of()));
            keyMentions.addAll(added);
            recompute(mergeKey, keyMentions, storedEvents.getOrDefault(mergeKey, List.of()), counts);
            added.forEach(mentions::persist);
        });
    }

    private EventMention mention(ExtractedFact fact, Instant receivedAt) {
        EventFact event = fact.event();
        EventMention mention = new EventMention();
        Mentions.fill(mention, fact, keys.of(event.source(), event.target(), event.cameo(), event.date()),
                Dyads.of(event.source(), event.target()), receivedAt);
        mention.source = event.source();
        mention.target = event.target();
        mention.cameo = event.cameo();
        mention.quad = event.quad();
        mention.goldstein = event.goldstein();
        mention.date = event.date();
        mention.datePrecision = event.date() == null ? null : PartialDate.parse(event.date()).precision().wireName();
        return mention;
    }

    /** Recomputes every event of a merge key from its current mentions. */
    public void recompute(String mergeKey) {
        DyadCounts counts = new DyadCounts();
        recompute(mergeKey, mentions.byMergeKey(mergeKey), events.byMergeKey(mergeKey), counts);
        counts.writeTo(stats);
    }

    /**
     * Recomputes the events of a merge key from all its mentions (new ones, not persisted yet, have no id and no
     * event) and the events stored for it.
     */
    private void recompute(String mergeKey, List<EventMention> keyMentions, List<CatalogEvent> storedEvents,
                           DyadCounts counts) {
        Map<Long, CatalogEvent> stored = storedEvents.stream().collect(Collectors.toMap(e -> e.id, e -> e));
        List<List<EventMention>> clusters =
                EventClusterer.cluster(keyMentions, EventCatalog::signature, Mentions.NATURAL_ORDER);
        Map<Integer, Long> continued = ClusterAssignment.assign(
                Mentions.idSets(clusters),
                Mentions.idsByOwner(stored.keySet(), keyMentions, m -> m.eventId));
        for (int i = 0; i < clusters.size(); i++) {
            Long eventId = continued.get(i);
            update(eventId == null ? null : stored.remove(eventId), mergeKey, clusters.get(i), counts);
        }
        for (CatalogEvent orphan : stored.values()) {
            outbox.retract(PublishedState.of(orphan), orphan.version + 1);
            events.delete(orphan);
            counts.events(orphan.dyad, -1);
        }
    }

    private void update(CatalogEvent existing, String mergeKey, List<EventMention> members, DyadCounts counts) {
        PublishedState before = existing == null ? null : PublishedState.of(existing);
        CatalogEvent event = existing == null ? new CatalogEvent() : existing;
        represent(event, mergeKey, members, keys.jointActs());
        if (event.id == null) {
            event.version = 1;
            events.persist(event);
            counts.events(event.dyad, 1);
        }
        members.forEach(m -> m.eventId = event.id);
        outbox.publishIfChanged(event, before, PublishedState.of(event));
    }

    /**
     * Sets an event from its mentions: the most specific code and the most precise date they agree on, the quad
     * class and Goldstein weight of the most confident mention with that code, and the mention summary. The
     * mentions of a directed act share its source and target; a joint act, whose mentions may name the parties in
     * either order, lists them in alphabetical order, which no order of arrival or of reporting can change.
     */
    static void represent(CatalogEvent event, String mergeKey, List<EventMention> members, JointActs jointActs) {
        EventSignature join = members.stream().map(EventCatalog::signature).reduce(EventSignature::join).orElseThrow();
        EventMention first = members.get(0);
        boolean joint = jointActs.isJoint(join.cameo());
        EventMention exemplar = members.stream()
                .filter(m -> m.cameo.equals(join.cameo()))
                .max(Comparator.<EventMention>comparingDouble(m -> m.confidence)
                        .thenComparing(Mentions.NATURAL_ORDER.reversed()))
                .orElseThrow();
        event.mergeKey = mergeKey;
        List<String> parties = Dyads.parties(first.dyad);
        event.source = joint ? parties.get(0) : first.source;
        event.target = joint ? parties.get(1) : first.target;
        event.dyad = first.dyad;
        event.cameo = join.cameo();
        event.cameoRoot = CameoCode.root(join.cameo());
        event.quad = exemplar.quad;
        event.goldstein = exemplar.goldstein;
        PartialDate date = join.date();
        event.date = date == null ? null : date.toString();
        event.datePrecision = date == null ? null : date.precision().wireName();
        event.setInterval(date == null ? null : date.start(), date == null ? null : date.end());
        Mentions.summarise(event, members);
    }

    private static EventSignature signature(EventMention mention) {
        return new EventSignature(mention.cameo, mention.date == null ? null : PartialDate.parse(mention.date));
    }

}
