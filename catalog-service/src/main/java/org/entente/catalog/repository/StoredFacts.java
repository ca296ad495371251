package org.entente.catalog.repository;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.entente.catalog.model.Mention;

/** Which facts of some articles a kind of mention already stores, in one query. */
final class StoredFacts {

    private StoredFacts() {
    }

    /**
     * The {@link Mention#naturalKey()} of every mention of the entity that belongs to one of the articles.
     *
     * @param entity the mention entity's name ({@code EventMention}, ...)
     */
    static Set<String> of(EntityManager em, String entity, Collection<String> articleIds) {
        Set<String> keys = new HashSet<>();
        if (articleIds.isEmpty()) {
            return keys;
        }
        em.createQuery("select m.articleId, m.factId from " + entity + " m where m.articleId in :articles",
                        Object[].class)
                .setParameter("articles", articleIds)
                .getResultList()
                .forEach(row -> keys.add(row[0] + "\u0000" + row[1]));
        return keys;
    }
}
