package org.entente.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.catalog.model.EventMention;

/** Articles' statements of events. */
@ApplicationScoped
public class EventMentionRepository implements PanacheRepository<EventMention> {

    /** The facts of the articles that are stored, as {@link EventMention#naturalKey()}s; one query. */
    public Set<String> storedFacts(Collection<String> articleIds) {
        return StoredFacts.of(getEntityManager(), "event_mention", articleIds);
    }

    /** All mentions of one merge key. */
    public List<EventMention> byMergeKey(String mergeKey) {
        return list("mergeKey", mergeKey);
    }

    /** All mentions of several merge keys. */
    public List<EventMention> byMergeKeys(Collection<String> mergeKeys) {
        return AnyOf.entities(getEntityManager(), EventMention.class,
                "select * from event_mention where merge_key = any(:values)", mergeKeys);
    }

    /** The mentions of an event, in article and fact order. */
    public List<EventMention> byEvent(long eventId) {
        return list("eventId = ?1 order by articleId, factId", eventId);
    }

    /** The mentions in an article, in sentence order. */
    public List<EventMention> byArticle(String articleId) {
        return list("articleId = ?1 order by sentenceIndex, factId", articleId);
    }

    /** The merge keys an article's mentions belong to. */
    public List<String> mergeKeysOfArticle(String articleId) {
        return getEntityManager()
                .createQuery("select distinct m.mergeKey from EventMention m where m.articleId = :article", String.class)
                .setParameter("article", articleId)
                .getResultList();
    }

    /** The dyads an article's mentions belong to. */
    public List<String> dyadsOfArticle(String articleId) {
        return getEntityManager()
                .createQuery("select distinct m.dyad from EventMention m where m.articleId = :article", String.class)
                .setParameter("article", articleId)
                .getResultList();
    }

    /** All mentions between the two parties of a dyad, in either direction. */
    public List<EventMention> byDyad(String dyad) {
        return list("dyad", dyad);
    }

    /**
     * The dyads that have mentions stored under the other kind of merge key than their code calls for: a code
     * that is or refines one of {@code jointCodes} under a directed key ({@code PAK>IRQ|...}), or another code
     * under a dyad key ({@code IRQ-PAK|...}). One scan of the mentions.
     */
    @SuppressWarnings("unchecked")
    public List<String> dyadsWithStaleKeys(List<String> jointCodes) {
        return getEntityManager().createNativeQuery("""
                        select distinct dyad from event_mention
                        where (cameo like any (string_to_array(:patterns, ','))) = (strpos(merge_key, '>') > 0)
                        order by dyad""", String.class)
                .setParameter("patterns", jointCodes.stream().map(code -> code + "%")
                        .collect(Collectors.joining(",")))
                .getResultList();
    }
}
