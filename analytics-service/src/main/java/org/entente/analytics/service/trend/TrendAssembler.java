package org.entente.analytics.service.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.entente.analytics.service.period.Bounds;
import org.entente.analytics.service.period.Grain;
import org.entente.analytics.service.period.PeriodRange;
import org.entente.analytics.service.period.RangeTooLongException;
import org.entente.analytics.service.stats.Decimals;
import org.entente.analytics.service.stats.QuadCounts;

/**
 * Builds a trends answer from a pair's stored aggregate rows: picks the range, zero-fills the periods, counts
 * the events dated too coarsely for the grain apart, and runs the {@link TrendCalculator}.
 */
public final class TrendAssembler {

    private final TrendCalculator calculator;
    private final int maxPeriods;

    /** An assembler that refuses answers of more than {@code maxPeriods} periods. */
    public TrendAssembler(TrendCalculator calculator, int maxPeriods) {
        this.calculator = calculator;
        this.maxPeriods = maxPeriods;
    }

    /**
     * The answer to {@code query}.
     *
     * @param rows    every aggregate row of the pair under the query's grain
     * @param undated the pair's undated events
     * @param events  where the events behind shifts come from
     * @throws RangeTooLongException when the range holds more periods than allowed
     */
    public TrendReport assemble(TrendQuery query, List<PeriodRow> rows, QuadCounts undated, ShiftEvents events) {
        Grain grain = query.grain();
        PeriodRange range = rangeOf(query, rows);
        Map<LocalDate, QuadCounts> precise = new TreeMap<>();
        QuadCounts coarser = QuadCounts.ZERO;
        List<PeriodStats> series = List.of();
        if (range != null) {
            for (PeriodRow row : rows) {
                if (row.precise() && range.contains(row.start())) {
                    precise.put(row.start(), row.counts());
                } else if (!row.precise() && overlapsYear(range, row.start().getYear())) {
                    coarser = coarser.plus(row.counts());
                }
            }
            series = ZeroFill.fill(range, precise);
        }
        TrendAnalysis analysis = calculator.analyse(series);
        List<PeriodTrend> periods = new ArrayList<>(series.size());
        for (int i = 0; i < series.size(); i++) {
            QuadCounts pooled = analysis.pooled().get(i);
            periods.add(new PeriodTrend(grain.label(series.get(i).start()), series.get(i).start(),
                    CountsView.of(series.get(i).counts()),
                    pooled == null ? null : WindowAverage.of(pooled, calculator.window())));
        }
        return new TrendReport(query.a(), query.b(), query.dyad(), grain.wireName(),
                range == null ? null : grain.label(range.first()), range == null ? null : grain.label(range.last()),
                calculator.window(), periods, trendLine(grain, series, analysis),
                shifts(grain, series, analysis, events),
                CountsView.of(coarser), CountsView.of(undated));
    }

    /** The periods asked for; a bound not asked for is the first or last period with events. */
    private PeriodRange rangeOf(TrendQuery query, List<PeriodRow> rows) {
        Grain grain = query.grain();
        LocalDate dataFirst = null;
        LocalDate dataLast = null;
        for (PeriodRow row : rows) {
            LocalDate start = row.start();
            LocalDate end = row.precise() ? start : grain.startOf(start.withMonth(12));
            dataFirst = dataFirst == null || start.isBefore(dataFirst) ? start : dataFirst;
            dataLast = dataLast == null || end.isAfter(dataLast) ? end : dataLast;
        }
        PeriodRange range = Bounds.resolve(query.from(), query.to(), dataFirst, dataLast)
                .map(bounds -> new PeriodRange(grain, bounds.first(), bounds.last()))
                .orElse(null);
        if (range != null && range.size() > maxPeriods) {
            throw new RangeTooLongException(range.size(), grain.wireName() + "s", maxPeriods);
        }
        return range;
    }

    private static boolean overlapsYear(PeriodRange range, int year) {
        return year >= range.first().getYear() && year <= range.last().getYear();
    }

    private TrendLine trendLine(Grain grain, List<PeriodStats> series, TrendAnalysis analysis) {
        if (series.isEmpty()) {
            return new TrendLine(TrendLine.GOLDSTEIN_MEAN, null, null, null, null, calculator.threshold());
        }
        return new TrendLine(TrendLine.GOLDSTEIN_MEAN, grain.label(series.get(analysis.slopeFrom()).start()),
                grain.label(series.get(series.size() - 1).start()), Decimals.round(analysis.slope()),
                analysis.direction(), calculator.threshold());
    }

    private static List<ShiftView> shifts(Grain grain, List<PeriodStats> series, TrendAnalysis analysis,
                                          ShiftEvents events) {
        TreeSet<LocalDate> starts = new TreeSet<>();
        for (Shift shift : analysis.shifts()) {
            starts.add(series.get(shift.index() - 1).start());
            starts.add(series.get(shift.index()).start());
        }
        Map<LocalDate, List<EventView>> eventsByStart = starts.isEmpty() ? Map.of() : events.of(List.copyOf(starts));
        return analysis.shifts().stream().map(shift -> {
            LocalDate before = series.get(shift.index() - 1).start();
            LocalDate after = series.get(shift.index()).start();
            List<EventView> behind = new ArrayList<>(eventsByStart.getOrDefault(before, List.of()));
            behind.addAll(eventsByStart.getOrDefault(after, List.of()));
            return new ShiftView(grain.label(before), grain.label(after), shift.change().doubleValue(),
                    TrendDirection.of(shift.change().doubleValue(), 0), behind);
        }).toList();
    }
}
