package org.entente.analytics.service.dyad;

import org.entente.analytics.service.stats.Decimals;
import org.entente.analytics.service.trend.CountsView;

/**
 * One ranked pair.
 *
 * @param dyad          the pair's key, codes sorted and joined with {@code -}
 * @param a             the first code of the key
 * @param b             the second code
 * @param events        all its events (dated or not) with their quad counts, Goldstein and cooperation figures
 * @param undatedEvents how many of them have no date
 * @param recent        its events in the recent window
 * @param previous      its events in the previous window
 * @param change        recent minus previous cooperation index, null when either window has no events
 * @param tradeFigures  number of trade claims
 */
public record DyadView(String dyad, String a, String b, CountsView events, int undatedEvents, CountsView recent,
                       CountsView previous, Double change, int tradeFigures) {

    static DyadView of(DyadActivity activity) {
        String[] codes = activity.dyad().split("-", 2);
        return new DyadView(activity.dyad(), codes[0], codes.length > 1 ? codes[1] : null,
                CountsView.of(activity.all()), activity.undated(), CountsView.of(activity.recent()),
                CountsView.of(activity.previous()), Decimals.round(activity.change()), activity.tradeFigures());
    }
}
