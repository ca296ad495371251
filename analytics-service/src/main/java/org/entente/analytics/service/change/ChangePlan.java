package org.entente.analytics.service.change;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.contract.CatalogChange;

/**
 * What a batch of changes does to the read model, decided in memory exactly as applying them one by one in the
 * batch's order would: a change whose id was processed before (or earlier in the batch) is a duplicate, a change
 * no newer than the entity's latest version (stored, or applied earlier in the batch) is stale, any other change
 * is applied. Only each entity's last applied change reaches the tables, since it replaces whatever the entity's
 * earlier changes wrote.
 */
public final class ChangePlan {

    private final List<ChangeOutcome> outcomes;
    private final Map<EntityKey, CatalogChange> latestApplied;
    private final List<String> newChangeIds;

    private ChangePlan(List<ChangeOutcome> outcomes, Map<EntityKey, CatalogChange> latestApplied,
                       List<String> newChangeIds) {
        this.outcomes = outcomes;
        this.latestApplied = latestApplied;
        this.newChangeIds = newChangeIds;
    }

    /**
     * Plans {@code changes}.
     *
     * @param processedIds the ids among the changes' that were processed before
     * @param versions     the stored version of each entity of the batch that has one
     */
    public static ChangePlan of(List<CatalogChange> changes, Set<String> processedIds,
                                Map<EntityKey, Long> versions) {
        List<ChangeOutcome> outcomes = new ArrayList<>(changes.size());
        Map<EntityKey, CatalogChange> latestApplied = new LinkedHashMap<>();
        Map<EntityKey, Long> currentVersions = new HashMap<>(versions);
        Set<String> seen = new HashSet<>(processedIds);
        List<String> newChangeIds = new ArrayList<>();
        for (CatalogChange change : changes) {
            if (!seen.add(change.changeId())) {
                outcomes.add(ChangeOutcome.DUPLICATE);
                continue;
            }
            newChangeIds.add(change.changeId());
            EntityKey key = EntityKey.of(change);
            Long current = currentVersions.get(key);
            if (current != null && change.version() <= current) {
                outcomes.add(ChangeOutcome.STALE);
                continue;
            }
            currentVersions.put(key, change.version());
            latestApplied.put(key, change);
            outcomes.add(ChangeOutcome.APPLIED);
        }
        return new ChangePlan(List.copyOf(outcomes), latestApplied, List.copyOf(newChangeIds));
    }

    /** The outcome of each change, in the batch's order. */
    public List<ChangeOutcome> outcomes() {
        return outcomes;
    }

    /** Per entity that changes, its last applied change: what its row and its state become. */
    public Collection<CatalogChange> latestApplied() {
        return latestApplied.values();
    }

    /** The ids to record as processed: every change that is not a duplicate, once. */
    public List<String> newChangeIds() {
        return newChangeIds;
    }
}
