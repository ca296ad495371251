package org.entente.catalog.repository;

import java.util.List;

/**
 * One page of a keyset-paged list.
 *
 * @param items   the rows, in list order
 * @param hasMore true when rows follow the last one
 */
public record Slice<T>(List<T> items, boolean hasMore) {

    /** Cuts a fetch of {@code limit + 1} rows down to {@code limit}, remembering whether there was one more. */
    static <T> Slice<T> of(List<T> fetched, int limit) {
        return fetched.size() > limit ? new Slice<>(fetched.subList(0, limit), true) : new Slice<>(fetched, false);
    }
}
