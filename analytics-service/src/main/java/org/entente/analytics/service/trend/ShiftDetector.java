package org.entente.analytics.service.trend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the largest moves of the Goldstein sum between consecutive periods. The sum (rather than the mean)
 * is compared so that a burst of strikes out of a quiet period registers, as does a round of talks after it.
 */
public final class ShiftDetector {

    private static final Comparator<Shift> LARGEST_FIRST = Comparator
            .comparing((Shift shift) -> shift.change().abs()).reversed()
            .thenComparing(Comparator.comparingInt(Shift::index).reversed());

    private ShiftDetector() {
    }

    /**
     * The {@code count} largest non-zero changes between consecutive periods of {@code series}, largest first
     * (ties: the later first).
     */
    public static List<Shift> largest(List<PeriodStats> series, int count) {
        List<Shift> shifts = new ArrayList<>();
        for (int i = 1; i < series.size(); i++) {
            var change = series.get(i).counts().goldsteinSum().subtract(series.get(i - 1).counts().goldsteinSum());
            if (change.signum() != 0) {
                shifts.add(new Shift(i, change));
            }
        }
        return shifts.stream().sorted(LARGEST_FIRST).limit(count).toList();
    }
}
