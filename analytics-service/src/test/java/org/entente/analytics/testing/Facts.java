package org.entente.analytics.testing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.entente.contract.CatalogChange;
import org.entente.contract.EventFact;
import org.entente.contract.TradeFact;

/** Catalog changes as catalog-service publishes them, for the tests. */
public final class Facts {

    private Facts() {
    }

    /** A fresh entity id. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Version {@code version} of event {@code id} from {@code source} on {@code target}. */
    public static CatalogChange event(String id, long version, String source, String target, String cameo, int quad,
                                      double goldstein, String date) {
        String dyad = source.compareTo(target) < 0 ? source + "-" + target : target + "-" + source;
        return new CatalogChange(UUID.randomUUID().toString(), "upsert", "event", id, version, dyad,
                new EventFact(source, target, cameo, quad, goldstein, date, null), null, null, 1,
                List.of("article-" + id), false, Instant.now());
    }

    /** Version {@code version} of trade claim {@code id}; a {@code total} flow lists the parties in order. */
    public static CatalogChange trade(String id, long version, String exporter, String importer, String flow,
                                      Integer year, double valueUsd, String basis, boolean conflict, String article) {
        String dyad = exporter.compareTo(importer) < 0 ? exporter + "-" + importer : importer + "-" + exporter;
        return new CatalogChange(UUID.randomUUID().toString(), "upsert", "trade", id, version, dyad, null, null,
                new TradeFact(exporter, importer, flow, year, valueUsd, valueUsd, "USD", basis, null), 1,
                List.of(article), conflict, Instant.now());
    }

    /** The retraction of {@code last}, the entity's last state, as version {@code version}. */
    public static CatalogChange retraction(CatalogChange last, long version) {
        return new CatalogChange(UUID.randomUUID().toString(), "retract", last.kind(), last.entityId(), version,
                last.dyad(), last.event(), last.agreement(), last.trade(), 0, last.articles(), last.conflict(),
                Instant.now());
    }
}
