package org.entente.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.entente.catalog.model.AgreementMention;

/** Articles' statements of agreement statuses. */
@ApplicationScoped
public class AgreementMentionRepository implements PanacheRepository<AgreementMention> {

    /** The facts of the articles that are stored, as {@link AgreementMention#naturalKey()}s; one query. */
    public Set<String> storedFacts(Collection<String> articleIds) {
        return StoredFacts.of(getEntityManager(), "agreement_mention", articleIds);
    }

    /** All mentions of one merge key. */
    public List<AgreementMention> byMergeKey(String mergeKey) {
        return list("mergeKey", mergeKey);
    }

    /** All mentions of several merge keys. */
    public List<AgreementMention> byMergeKeys(Collection<String> mergeKeys) {
        return AnyOf.entities(getEntityManager(), AgreementMention.class,
                "select * from agreement_mention where merge_key = any(:values)", mergeKeys);
    }

    /** The mentions of an agreement, in article and fact order. */
    public List<AgreementMention> byAgreement(long agreementId) {
        return list("agreementId = ?1 order by articleId, factId", agreementId);
    }

    /** The mentions of several agreements, in article and fact order. */
    public List<AgreementMention> byAgreements(Collection<Long> agreementIds) {
        return list("agreementId in ?1 order by articleId, factId", agreementIds);
    }

    /** The mentions of several agreements that state the given status. */
    public List<AgreementMention> byAgreementsAndStatus(Collection<Long> agreementIds, String status) {
        return AnyOf.entities(getEntityManager(), AgreementMention.class,
                "select * from agreement_mention where agreement_id = any(:values) and status = :p1",
                agreementIds, status);
    }

    /** The mentions in an article, in sentence order. */
    public List<AgreementMention> byArticle(String articleId) {
        return list("articleId = ?1 order by sentenceIndex, factId", articleId);
    }

    /** The merge keys an article's mentions belong to. */
    public List<String> mergeKeysOfArticle(String articleId) {
        return getEntityManager()
                .createQuery("select distinct m.mergeKey from AgreementMention m where m.articleId = :article", String.class)
                .setParameter("article", articleId)
                .getResultList();
    }

    /** The dyads an article's mentions belong to. */
    public List<String> dyadsOfArticle(String articleId) {
        return getEntityManager()
                .createQuery("select distinct m.dyad from AgreementMention m where m.articleId = :article", String.class)
                .setParameter("article", articleId)
                .getResultList();
    }
}
