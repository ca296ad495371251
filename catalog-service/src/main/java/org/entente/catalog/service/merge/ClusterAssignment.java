package org.entente.catalog.service.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which stored entity each freshly computed cluster continues, so that an entity keeps its id while its
 * mentions stay mostly the same. Pairs of (cluster, entity) are taken by the number of mentions they share,
 * largest first (then by cluster position and entity id, for a total order); each cluster and each entity is
 * used at most once. Clusters left over become new entities; entities left over have lost all their mentions to
 * other clusters, or all their mentions were removed.
 */
public final class ClusterAssignment {

    private ClusterAssignment() {
    }

    /**
     * Matches clusters to entities.
     *
     * @param clusters the mention ids of each new cluster
     * @param entities the mention ids each stored entity had, by entity id
     * @return entity id by cluster position, for the clusters that continue an entity
     */
    public static Map<Integer, Long> assign(List<Set<Long>> clusters, Map<Long, Set<Long>> entities) {
        List<Overlap> overlaps = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (Map.Entry<Long, Set<Long>> entity : entities.entrySet()) {
                int shared = shared(clusters.get(i), entity.getValue());
                if (shared > 0) {
                    overlaps.add(new Overlap(i, entity.getKey(), shared));
                }
            }
        }
        overlaps.sort(Comparator.comparingInt(Overlap::shared).reversed()
                .thenComparingInt(Overlap::cluster)
                .thenComparingLong(Overlap::entity));
        Map<Integer, Long> assignment = new HashMap<>();
        Set<Long> usedEntities = new HashSet<>();
        for (Overlap overlap : overlaps) {
            if (!assignment.containsKey(overlap.cluster()) && usedEntities.add(overlap.entity())) {
                assignment.put(overlap.cluster(), overlap.entity());
            }
        }
        return assignment;
    }

    private static int shared(Set<Long> a, Set<Long> b) {
        Set<Long> smaller = a.size() <= b.size() ? a : b;
        Set<Long> larger = smaller == a ? b : a;
        int count = 0;
        for (Long id : smaller) {
            if (larger.contains(id)) {
                count++;
            }
        }
        return count;
    }

    private record Overlap(int cluster, long entity, int shared) {
    }
}
