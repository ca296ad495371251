package org.entente.analytics.service.dyad;

import java.util.Comparator;
import java.util.List;

/**
 * The answer to a dyads query.
 *
 * @param sort    the order: {@code activity}, {@code cooperation} or {@code change}
 * @param limit   the most pairs listed
 * @param windows the windows compared for change, null when no event is dated
 * @param dyads   the pairs, best first
 */
public record DyadRanking(String sort, int limit, ChangeWindows windows, List<DyadView> dyads) {

    private static final Comparator<DyadActivity> BY_DYAD = Comparator.comparing(DyadActivity::dyad);
    private static final Comparator<DyadActivity> MOST_EVENTS =
            Comparator.comparingInt((DyadActivity activity) -> activity.all().events()).reversed();

    /** The {@code limit} first of {@code pairs} ranked by {@code sort}; ties go to the busier pair, then by key. */
    public static DyadRanking rank(List<DyadActivity> pairs, DyadSort sort, int limit, ChangeWindows windows) {
        List<DyadView> ranked = pairs.stream()
                .sorted(order(sort))
                .limit(limit)
                .map(DyadView::of)
                .toList();
        return new DyadRanking(sort.wireName(), limit, windows, ranked);
    }

    private static Comparator<DyadActivity> order(DyadSort sort) {
        Comparator<DyadActivity> primary = switch (sort) {
            case ACTIVITY -> MOST_EVENTS;
            case COOPERATION -> Comparator.comparing((DyadActivity activity) -> activity.all().cooperationIndex(),
                    Comparator.nullsLast(Comparator.reverseOrder()));
            case CHANGE -> Comparator.comparing((DyadActivity activity) -> activity.change() == null ? null
                    : Math.abs(activity.change()), Comparator.nullsLast(Comparator.reverseOrder()));
        };
        return primary.thenComparing(MOST_EVENTS).thenComparing(BY_DYAD);
    }
}
