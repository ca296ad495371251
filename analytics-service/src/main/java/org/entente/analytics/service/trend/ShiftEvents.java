package org.entente.analytics.service.trend;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Looks up the events behind shifts. */
@FunctionalInterface
public interface ShiftEvents {

    /**
     * The events to show for each of the periods starting on {@code starts} (of the query's grain), in date
     * order; periods without events may be absent.
     */
    Map<LocalDate, List<EventView>> of(List<LocalDate> starts);
}
