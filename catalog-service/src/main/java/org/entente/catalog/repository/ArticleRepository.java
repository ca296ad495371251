package org.entente.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.entente.catalog.model.Article;

/** Articles. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, String> {

    /**
     * Returns the article, created with only its id if it did not exist, locked for update until the transaction
     * ends. Safe when several transactions create the same article at once.
     */
    public Article lockOrCreate(String id, Instant receivedAt) {
        while (true) {
            getEntityManager()
                    .createNativeQuery("insert into article (id, received_at) values (:id, :receivedAt)"
                            + " on conflict (id) do nothing")
                    .setParameter("id", id)
                    .setParameter("receivedAt", receivedAt)
                    .executeUpdate();
            Article article = findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (article != null) {
                return article;
            }
            // deleted by a concurrent transaction between the insert and the lock: create it again
        }
    }

    /** The article, locked for update until the transaction ends. */
    public Optional<Article> lock(String id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** One page of the articles that pass the filter, latest publication first. */
    public Slice<Article> page(ArticleFilter filter, Keyset after, int limit) {
        NativeListQuery query = new NativeListQuery("article", "a", "seq");
        filter.published().applyTo(query, "a", "sort_key", "published_end");
        if (filter.text() != null) {
            TextSearch.overOwnColumn(getEntityManager(), query, "article", "a", filter.text());
        }
        return query.page(getEntityManager(), Article.class, after, limit);
    }
}
