package org.entente.analytics.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Whole-read-model operations. */
@ApplicationScoped
public class ReadModelMaintenance {

    private final EntityManager entityManager;

    public ReadModelMaintenance(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Empties every table built from the catalog's changes (rebuild history is kept). */
    public void truncate() {
        entityManager.createNativeQuery("truncate table processed_change, entity_state, event_fact, trade_figure, "
                + "event_period_stats, event_undated_stats").executeUpdate();
    }
}
