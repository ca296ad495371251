package org.entente.catalog.service;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.catalog.model.CanonicalFact;
import org.entente.catalog.model.Mention;
import org.entente.catalog.service.merge.ClusterAssignment;
import org.entente.contract.Evidence;
import org.entente.contract.ExtractedFact;

/** What every kind of mention shares: filling it from a fact, ordering it, and summing mentions up. */
final class Mentions {

    /** Article id then fact id: a total order independent of arrival. */
    static final Comparator<Mention> NATURAL_ORDER = Comparator.comparing(Mention::naturalKey);

    private Mentions() {
    }

    /** Copies the article, fact id and evidence of a fact into a mention. */
    static void fill(Mention mention, ExtractedFact fact, String mergeKey, String dyad, Instant receivedAt) {
        Evidence evidence = fact.evidence();
        mention.articleId = fact.article().id();
        mention.factId = fact.factId();
        mention.mergeKey = mergeKey;
        mention.dyad = dyad;
        mention.quote = evidence.quote();
        mention.sentence = evidence.sentence();
        mention.sentenceStart = evidence.start();
        mention.sentenceEnd = evidence.end();
        mention.sentenceIndex = evidence.sentenceIndex();
        mention.confidence = fact.confidence();
        mention.reportedAt = fact.extractedAt() != null ? fact.extractedAt() : receivedAt;
    }

    /** Sets a canonical fact's mention count, distinct sorted articles and first and last report times. */
    static void summarise(CanonicalFact fact, Collection<? extends Mention> mentions) {
        fact.mentionCount = mentions.size();
        fact.articles = mentions.stream().map(m -> m.articleId).distinct().sorted().toList();
        fact.firstReported = mentions.stream().map(m -> m.reportedAt).min(Comparator.naturalOrder()).orElseThrow();
        fact.lastReported = mentions.stream().map(m -> m.reportedAt).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** The ids of each cluster's mentions, for {@link ClusterAssignment}. */
    static List<Set<Long>> idSets(List<? extends List<? extends Mention>> clusters) {
        return clusters.stream()
                .map(cluster -> cluster.stream().map(m -> m.id).collect(Collectors.toSet()))
                .toList();
    }

    /**
     * The ids of the mentions each stored fact had before a recompute, for {@link ClusterAssignment}; every
     * stored fact is listed, with an empty set when it has no mention left.
     */
    static <M extends Mention> Map<Long, Set<Long>> idsByOwner(Set<Long> ownerIds, List<M> mentions,
                                                               Function<M, Long> owner) {
        Map<Long, Set<Long>> byOwner = new HashMap<>();
        ownerIds.forEach(id -> byOwner.put(id, new HashSet<>()));
        for (M mention : mentions) {
            Set<Long> ids = byOwner.get(owner.apply(mention));
            if (ids != null) {
                ids.add(mention.id);
            }
        }
        return byOwner;
    }
}
