package org.entente.catalog.service.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Groups the mentions of one merge key (directed country pair, CAMEO root and year) into events.
 *
 * <p>Every event is a set of pairwise compatible mentions (see {@link EventSignature#compatibleWith}).
 * Compatibility is not transitive ({@code 042 in March} and {@code 043 in May} are both compatible with
 * {@code 04 in 2021}), so the grouping is a choice, made deterministically from the whole set of mentions:
 * distinct signatures are taken most specific first; each joins the compatible event that has the most mentions
 * so far (the earliest formed on a tie) or starts a new one. The result depends only on the set of mentions,
 * never on the order in which they arrived.
 */
public final class EventClusterer {

    private EventClusterer() {
    }

    /**
     * Clusters mentions into events.
     *
     * @param mentions    the mentions of one merge key
     * @param signature   what each mention says
     * @param memberOrder a total order on mentions, used to list each event's members
     * @return the events, each a non-empty list of mentions in {@code memberOrder}
     */
    public static <M> List<List<M>> cluster(Collection<M> mentions, Function<M, EventSignature> signature,
                                            Comparator<? super M> memberOrder) {
        Map<EventSignature, List<M>> bySignature = new TreeMap<>(EventSignature.MOST_SPECIFIC_FIRST);
        for (M mention : mentions) {
            bySignature.computeIfAbsent(signature.apply(mention), s -> new ArrayList<>()).add(mention);
        }
        List<Cluster<M>> clusters = new ArrayList<>();
        bySignature.forEach((sig, members) -> {
            Cluster<M> home = largestCompatible(clusters, sig);
            if (home == null) {
                clusters.add(new Cluster<>(sig, members));
            } else {
                home.add(sig, members);
            }
        });
        return clusters.stream().map(cluster -> cluster.members.stream().sorted(memberOrder).toList()).toList();
    }

    /**
     * The cluster with the most members whose join is compatible with the signature, the earliest on a tie.
     * Compatibility with the join implies compatibility with every member: codes and dates of a cluster form
     * chains, and the join is the bottom of both chains.
     */
    private static <M> Cluster<M> largestCompatible(List<Cluster<M>> clusters, EventSignature signature) {
        Cluster<M> best = null;
        for (Cluster<M> cluster : clusters) {
            if (cluster.join.compatibleWith(signature)
                    && (best == null || cluster.members.size() > best.members.size())) {
                best = cluster;
            }
        }
        return best;
    }

    private static final class Cluster<M> {
        private EventSignature join;
        private final List<M> members;

        Cluster(EventSignature signature, List<M> members) {
            this.join = signature;
            this.members = new ArrayList<>(members);
        }

        void add(EventSignature signature, List<M> more) {
            join = join.join(signature);
            members.addAll(more);
        }
    }
}
