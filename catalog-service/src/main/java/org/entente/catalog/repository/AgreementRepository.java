package org.entente.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.entente.catalog.model.Agreement;

/** Agreements. */
@ApplicationScoped
public class AgreementRepository implements PanacheRepository<Agreement> {

    /** The agreements computed from one merge key. */
    public List<Agreement> byMergeKey(String mergeKey) {
        return list("mergeKey", mergeKey);
    }

    /** The agreements computed from several merge keys. */
    public List<Agreement> byMergeKeys(Collection<String> mergeKeys) {
        return AnyOf.entities(getEntityManager(), Agreement.class,
                "select * from agreement where merge_key = any(:values)", mergeKeys);
    }

    /** The agreements between exactly the two parties of a dyad. */
    public List<Agreement> byDyad(String dyad) {
        return list("dyad", dyad);
    }

    /** The agreements between exactly the two parties of any of the dyads. */
    public List<Agreement> byDyads(Collection<String> dyads) {
        return AnyOf.entities(getEntityManager(), Agreement.class, "select * from agreement where dyad = any(:values)",
                dyads);
    }

    /** One page of the agreements that pass the filter, latest status date first. */
    public Slice<Agreement> page(AgreementFilter filter, Keyset after, int limit) {
        NativeListQuery query = new NativeListQuery("agreement", "a");
        if (filter.counterpart() != null) {
            query.where("a.parties @> array[cast(:country as text), cast(:counterpart as text)]")
                    .bind("country", filter.country())
                    .bind("counterpart", filter.counterpart());
        } else if (filter.country() != null) {
            query.where("a.parties @> array[cast(:country as text)]", "country", filter.country());
        }
        filter.dates().applyTo(query, "a", "sort_key", "date_end");
        if (filter.type() != null) {
            query.where("a.type = :type", "type", filter.type());
        }
        if (filter.domain() != null) {
            query.where("a.domain = :domain", "domain", filter.domain());
        }
        if (filter.status() != null) {
            query.where("a.status = :status", "status", filter.status());
        }
        if (filter.text() != null) {
            TextSearch.overMentions(getEntityManager(), query, "agreement_mention", "agreement_id", "a", filter.text());
        }
        return query.page(getEntityManager(), Agreement.class, after, limit);
    }
}
