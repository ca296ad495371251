package org.entente.catalog.service.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Groups the mentions of one merge key (parties, type and domain) into agreements: two mentions whose titles
 * {@link AgreementTitle#matches match} belong to the same agreement, and so, transitively, do all mentions linked
 * by a chain of matching titles. Connected components depend only on the set of mentions, so any arrival order
 * gives the same agreements.
 */
public final class AgreementClusterer {

    private AgreementClusterer() {
    }

    /**
     * Clusters mentions into agreements.
     *
     * @param mentions    the mentions of one merge key
     * @param title       each mention's title
     * @param memberOrder a total order on mentions; members are listed in it and agreements by their first member
     * @return the agreements, each a non-empty list of mentions
     */
    public static <M> List<List<M>> cluster(List<M> mentions, Function<M, String> title, Comparator<? super M> memberOrder) {
        List<M> ordered = mentions.stream().sorted(memberOrder).toList();
        List<AgreementTitle> titles = ordered.stream().map(m -> AgreementTitle.of(title.apply(m))).toList();
        UnionFind components = new UnionFind(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            for (int j = i + 1; j < ordered.size(); j++) {
                if (titles.get(i).matches(titles.get(j))) {
                    components.union(i, j);
                }
            }
        }
        List<List<M>> clusters = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            int root = components.find(i);
            int index = roots.indexOf(root);
            if (index < 0) {
                roots.add(root);
                clusters.add(new ArrayList<>());
                index = clusters.size() - 1;
            }
            clusters.get(index).add(ordered.get(i));
        }
        return clusters;
    }

    /** Disjoint sets over 0..n-1. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            parent[find(a)] = find(b);
        }
    }
}
