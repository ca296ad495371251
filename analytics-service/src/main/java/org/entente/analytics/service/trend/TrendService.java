package org.entente.analytics.service.trend;

import jakarta.enterprise.context.ApplicationScoped;
import org.entente.analytics.config.AnalyticsConfig;
import org.entente.analytics.repository.EventStatsRepository;
import org.entente.analytics.repository.ShiftEventRepository;

/** Answers trends queries from the aggregates: two indexed reads, plus one for the events behind shifts. */
@ApplicationScoped
public class TrendService {

    private final EventStatsRepository stats;
    private final ShiftEventRepository shiftEvents;
    private final AnalyticsConfig.Trends settings;

    public TrendService(EventStatsRepository stats, ShiftEventRepository shiftEvents, AnalyticsConfig config) {
        this.stats = stats;
        this.shiftEvents = shiftEvents;
        this.settings = config.trends();
    }

    public TrendReport trends(TrendQuery query) {
        String dyad = query.dyad();
        TrendCalculator calculator = new TrendCalculator(query.window(), settings.stableSlope(), settings.shifts());
        return new TrendAssembler(calculator, settings.maxPeriods()).assemble(query,
                stats.periods(dyad, query.grain()), stats.undated(dyad),
                starts -> shiftEvents.weightiest(dyad, query.grain(), starts, settings.eventsPerShiftPeriod()));
    }
}
