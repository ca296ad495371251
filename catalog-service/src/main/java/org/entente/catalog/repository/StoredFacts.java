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
     * @param table the mention table ({@code event_mention}, ...)
     */
    static Set<String> of(EntityManager em, String table, Collection<String> articleIds) {
        Set<String> keys = new HashSet<>();
        if (articleIds.isEmpty()) {
            return keys;
        }
        AnyOf.rows(em, "select article_id, fact_id from " + table + " where article_id = any(:values)", articleIds)
                .forEach(row -> keys.add(row[0] + "\u0000" + row[1]));
        return keys;
    }
}
