package org.entente.catalog.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.entente.catalog.service.merge.EventMergeKeys;
import org.entente.catalog.service.merge.JointActs;

/** The merge rules that depend on configuration. */
@ApplicationScoped
public class MergeRulesProducer {

    /** Event merge keys with the joint acts of {@code entente.catalog.events.joint-codes}. */
    @Produces
    @Singleton
    EventMergeKeys eventMergeKeys(CatalogConfig config) {
        return new EventMergeKeys(new JointActs(config.events().jointCodes()));
    }
}
