package org.entente.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.entente.catalog.model.Dyads;
import org.entente.catalog.model.TradeFigure;

/** Trade figures. */
@ApplicationScoped
public class TradeFigureRepository implements PanacheRepository<TradeFigure> {

    /** The figures of one flow. */
    public List<TradeFigure> byMergeKey(String mergeKey) {
        return list("mergeKey", mergeKey);
    }

    /** The figures of several flows, in id order. */
    public List<TradeFigure> byMergeKeys(Collection<String> mergeKeys) {
        return AnyOf.entities(getEntityManager(), TradeFigure.class,
                "select * from trade_figure where merge_key = any(:values) order by id", mergeKeys);
    }

    /** One page of the figures that pass the filter, latest year first. */
    public Slice<TradeFigure> page(TradeFilter filter, Keyset after, int limit) {
        NativeListQuery query = new NativeListQuery("trade_figure", "t");
        if (filter.counterpart() != null) {
            query.where("t.dyad = :dyad", "dyad", Dyads.of(filter.country(), filter.counterpart()));
        } else if (filter.country() != null) {
            query.whereEither("t.exporter = :country", "t.importer = :country", "country", filter.country());
        }
        filter.dates().applyTo(query, "t", "sort_key", "date_end");
        if (filter.flow() != null) {
            query.where("t.flow = :flow", "flow", filter.flow());
        }
        if (filter.basis() != null) {
            query.where("t.basis = :basis", "basis", filter.basis());
        }
        if (filter.conflict() != null) {
            query.where(filter.conflict() ? "t.conflict" : "not t.conflict");
        }
        if (filter.text() != null) {
            TextSearch.overMentions(getEntityManager(), query, "trade_mention", "trade_figure_id", "t", filter.text());
        }
        return query.page(getEntityManager(), TradeFigure.class, after, limit);
    }
}
