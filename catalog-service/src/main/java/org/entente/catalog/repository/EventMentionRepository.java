package org.entente.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.entente.catalog.model.EventMention;

/** Articles' statements of events. */
@ApplicationScoped
public class EventMentionRepository implements PanacheRepository<EventMention> {

    /** True when the article's fact is already stored. */
    public boolean exists(String articleId, String factId) {
        return count("articleId = ?1 and factId = ?2", articleId, factId) > 0;
    }

    /** All mentions of one merge key. */
    public List<EventMention> byMergeKey(String mergeKey) {
        return list("mergeKey", mergeKey);
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
}
