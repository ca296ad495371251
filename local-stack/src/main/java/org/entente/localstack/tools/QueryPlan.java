package org.entente.localstack.tools;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order of a benchmark's requests: {@code perKind} requests of every {@link QueryKind}, shuffled together, each
 * for a pair drawn at random and asked in a random order of its two countries.
 */
public final class QueryPlan {

    /** One request to make. */
    public record Request(QueryKind kind, String path) {
    }

    private QueryPlan() {
    }

    /** The requests, deterministic for a given {@code random}'s seed. */
    public static List<Request> of(List<SyntheticFacts.Pair> pairs, int perKind, Random random) {
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("no pairs to ask about");
        }
        List<QueryKind> kinds = new ArrayList<>(perKind * QueryKind.values().length);
        for (QueryKind kind : QueryKind.values()) {
            kinds.addAll(Collections.nCopies(perKind, kind));
        }
        Collections.shuffle(kinds, random);
        List<Request> requests = new ArrayList<>(kinds.size());
        for (QueryKind kind : kinds) {
            SyntheticFacts.Pair pair = pairs.get(random.nextInt(pairs.size()));
            requests.add(random.nextBoolean() ? new Request(kind, kind.pathFor(pair.a(), pair.b()))
                    : new Request(kind, kind.pathFor(pair.b(), pair.a())));
        }
        return requests;
    }
}
