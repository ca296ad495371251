package org.entente.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.entente.catalog.model.CatalogEvent;
import org.entente.catalog.model.Dyads;

/** Catalog events. */
@ApplicationScoped
public class EventRepository implements PanacheRepository<CatalogEvent> {

    /** The events computed from one merge key. */
    public List<CatalogEvent> byMergeKey(String mergeKey) {
        return list("mergeKey", mergeKey);
    }

    /** The events computed from several merge keys. */
    public List<CatalogEvent> byMergeKeys(Collection<String> mergeKeys) {
        return AnyOf.entities(getEntityManager(), CatalogEvent.class,
                "select * from catalog_event where merge_key = any(:values)", mergeKeys);
    }

    /** All events between the two parties of a dyad, in either direction. */
    public List<CatalogEvent> byDyad(String dyad) {
        return list("dyad", dyad);
    }

    /**
     * The signing events (CAMEO {@code 057}, sign formal agreement) of a dyad. The code is written into the query,
     * not bound, so that PostgreSQL can use the partial index of signing events.
     */
    public List<CatalogEvent> signingsOfDyad(String dyad) {
        return list("dyad = ?1 and cameo like '057%'", dyad);
    }

    /** The signing events (CAMEO {@code 057}) of several dyads; the code is written into the query, as above. */
    public List<CatalogEvent> signingsOfDyads(Collection<String> dyads) {
        return AnyOf.entities(getEntityManager(), CatalogEvent.class,
                "select * from catalog_event where dyad = any(:values) and cameo like '057%'", dyads);
    }

    /** One page of the events that pass the filter, newest first. */
    public Slice<CatalogEvent> page(EventFilter filter, Keyset after, int limit) {
        NativeListQuery query = new NativeListQuery("catalog_event", "e");
        if (filter.counterpart() != null) {
            query.where("e.dyad = :dyad", "dyad", Dyads.of(filter.country(), filter.counterpart()));
        } else if (filter.country() != null) {
            query.whereEither("e.source = :country", "e.target = :country", "country", filter.country());
        }
        filter.dates().applyTo(query, "e", "sort_key", "date_end");
        if (filter.cameo() != null) {
            query.where("e.cameo_root = :root", "root", filter.cameo().substring(0, 2));
            if (filter.cameo().length() > 2) {
                query.where("e.cameo like :cameo", "cameo", filter.cameo() + "%");
            }
        }
        if (filter.quad() != null) {
            query.where("e.quad = :quad", "quad", filter.quad());
        }
        if (filter.text() != null) {
            TextSearch.overMentions(getEntityManager(), query, "event_mention", "event_id", "e", filter.text());
        }
        return query.page(getEntityManager(), CatalogEvent.class, after, limit);
    }
}
