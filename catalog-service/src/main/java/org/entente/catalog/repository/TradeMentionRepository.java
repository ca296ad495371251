package org.entente.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.entente.catalog.model.TradeMention;

/** Articles' trade claims. */
@ApplicationScoped
public class TradeMentionRepository implements PanacheRepository<TradeMention> {

    /** The facts of the articles that are stored, as {@link TradeMention#naturalKey()}s; one query. */
    public Set<String> storedFacts(Collection<String> articleIds) {
        return StoredFacts.of(getEntityManager(), "trade_mention", articleIds);
    }

    /** All mentions of one merge key. */
    public List<TradeMention> byMergeKey(String mergeKey) {
        return list("mergeKey", mergeKey);
    }

    /** All mentions of several merge keys. */
    public List<TradeMention> byMergeKeys(Collection<String> mergeKeys) {
        return AnyOf.entities(getEntityManager(), TradeMention.class,
                "select * from trade_mention where merge_key = any(:values)", mergeKeys);
    }

    /** The mentions of several trade figures, in article and fact order. */
    public List<TradeMention> byFigures(Collection<Long> figureIds) {
        return list("tradeFigureId in ?1 order by articleId, factId", figureIds);
    }

    /** The mentions in an article, in sentence order. */
    public List<TradeMention> byArticle(String articleId) {
        return list("articleId = ?1 order by sentenceIndex, factId", articleId);
    }

    /** The merge keys an article's mentions belong to. */
    public List<String> mergeKeysOfArticle(String articleId) {
        return getEntityManager()
                .createQuery("select distinct m.mergeKey from TradeMention m where m.articleId = :article", String.class)
                .setParameter("article", articleId)
                .getResultList();
    }

    /** The dyads an article's mentions belong to. */
    public List<String> dyadsOfArticle(String articleId) {
        return getEntityManager()
                .createQuery("select distinct m.dyad from TradeMention m where m.articleId = :article", String.class)
                .setParameter("article", articleId)
                .getResultList();
    }
}
