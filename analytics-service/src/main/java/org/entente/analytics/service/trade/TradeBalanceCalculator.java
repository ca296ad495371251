package org.entente.analytics.service.trade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.analytics.service.period.Bounds;
import org.entente.analytics.service.period.RangeTooLongException;
import org.entente.analytics.service.stats.Decimals;

/**
 * Builds a pair's yearly trade balance from its trade claims: one figure chosen per series and year
 * ({@link FigureChoice}), balance and total derived from them, growth, goals and undated figures beside.
 */
public final class TradeBalanceCalculator {

    private static final String SERIES_TOTAL = "total";
    private static final Comparator<TargetView> TARGET_ORDER = Comparator
            .comparing(TargetView::year, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TargetView::series)
            .thenComparingDouble(TargetView::valueUsd)
            .thenComparing(TargetView::entityId);
    private static final Comparator<FigureView> FIGURE_ORDER = Comparator.comparing(FigureView::series)
            .thenComparingDouble(FigureView::valueUsd)
            .thenComparing(FigureView::entityId);

    private final String a;
    private final Map<Integer, Map<TradeSeries, FigureChoice>> choicesByYear;

    private TradeBalanceCalculator(String a, Map<Integer, Map<TradeSeries, FigureChoice>> choicesByYear) {
        this.a = a;
        this.choicesByYear = choicesByYear;
    }

    /**
     * The balance of {@code a} and {@code b} from {@code figures} (the pair's claims, in any order).
     *
     * @param from     first year to list, or null for the first year with a figure
     * @param to       last year to list, or null for the last year with a figure
     * @param maxYears the most years the answer may list
     * @throws RangeTooLongException when the years to list are more than {@code maxYears}
     */
    public static TradeBalance calculate(String a, String b, Integer from, Integer to, List<TradeFigure> figures,
                                         int maxYears) {
        List<TradeFigure> usable = figures.stream().filter(TradeFigure::isAllGoodsInUsd).toList();
        Map<Integer, Map<TradeSeries, List<TradeFigure>>> claims = usable.stream()
                .filter(figure -> !figure.isTarget() && figure.year() != null)
                .collect(Collectors.groupingBy(TradeFigure::year, TreeMap::new,
                        Collectors.groupingBy(figure -> TradeSeries.of(figure, a),
                                () -> new EnumMap<>(TradeSeries.class), Collectors.toList())));
        Map<Integer, Map<TradeSeries, FigureChoice>> choices = new TreeMap<>();
        claims.forEach((year, bySeries) -> {
            Map<TradeSeries, FigureChoice> chosen = new EnumMap<>(TradeSeries.class);
            bySeries.forEach((series, candidates) -> chosen.put(series, FigureChoice.among(candidates)));
            choices.put(year, chosen);
        });
        List<Integer> dataYears = new ArrayList<>(choices.keySet());
        Bounds<Integer> bounds = Bounds.resolve(from, to, dataYears.isEmpty() ? null : dataYears.get(0),
                dataYears.isEmpty() ? null : dataYears.get(dataYears.size() - 1)).orElse(null);
        if (bounds != null && bounds.last() - bounds.first() + 1 > maxYears) {
            throw new RangeTooLongException(bounds.last() - bounds.first() + 1, "years", maxYears);
        }
        return new TradeBalanceCalculator(a, choices).balance(b, bounds, usable);
    }

    private TradeBalance balance(String b, Bounds<Integer> bounds, List<TradeFigure> usable) {
        List<TradeYear> years = new ArrayList<>();
        if (bounds != null) {
            for (int year = bounds.first(); year <= bounds.last(); year++) {
                years.add(year(year));
            }
        }
        List<TargetView> targets = usable.stream().filter(TradeFigure::isTarget)
                .map(target -> target(target, years))
                .sorted(TARGET_ORDER)
                .toList();
        List<FigureView> undated = usable.stream()
                .filter(figure -> !figure.isTarget() && figure.year() == null)
                .map(figure -> FigureView.of(figure, a))
                .sorted(FIGURE_ORDER)
                .toList();
        return new TradeBalance(a, b, bounds == null ? null : bounds.first(), bounds == null ? null : bounds.last(),
                years, compoundGrowth(years), targets, undated);
    }

    private TradeYear year(int year) {
        Map<TradeSeries, FigureChoice> choices = choicesByYear.getOrDefault(year, Map.of());
        FigureChoice aToB = choices.get(TradeSeries.A_TO_B);
        FigureChoice bToA = choices.get(TradeSeries.B_TO_A);
        FigureChoice stated = choices.get(TradeSeries.STATED_TOTAL);
        YearTotal total = YearTotal.of(choices);
        YearTotal previous = YearTotal.of(choicesByYear.getOrDefault(year - 1, Map.of()));
        Double balance = aToB != null && bToA != null ? aToB.value() - bToA.value() : null;
        List<ConflictView> conflicts = choices.entrySet().stream()
                .filter(entry -> entry.getValue().conflicting())
                .map(entry -> conflict(entry.getKey(), entry.getValue()))
                .toList();
        return new TradeYear(year, valueOf(aToB), valueOf(bToA), balance,
                total == null ? null : total.value(), total == null ? null : total.basis(), valueOf(stated),
                Decimals.round(Growth.yearOnYear(previous == null ? null : previous.value(),
                        total == null ? null : total.value())),
                new YearBasis(basisOf(aToB), basisOf(bToA), basisOf(stated),
                        total == null ? null : total.estimateOrActual()),
                new YearSources(articlesOf(aToB), articlesOf(bToA), articlesOf(stated)),
                conflicts);
    }

    private ConflictView conflict(TradeSeries series, FigureChoice choice) {
        return new ConflictView(series, choice.chosen().entityId(),
                choice.candidates().stream().map(figure -> FigureView.of(figure, a)).toList());
    }

    private TargetView target(TradeFigure target, List<TradeYear> years) {
        boolean total = TradeFigure.FLOW_TOTAL.equals(target.flow());
        TradeSeries series = TradeSeries.of(target, a);
        Function<TradeYear, LatestFigure> figureOf = total ? TradeBalanceCalculator::totalOf
                : series == TradeSeries.A_TO_B ? TradeBalanceCalculator::aToBOf : TradeBalanceCalculator::bToAOf;
        LatestFigure latest = latest(years, figureOf);
        Double progress = latest == null || target.valueUsd() <= 0 ? null : latest.valueUsd() / target.valueUsd();
        return new TargetView(target.entityId(), total ? SERIES_TOTAL : series.wireName(), target.year(),
                target.valueUsd(), target.articles(), latest, Decimals.round(progress));
    }

    private static LatestFigure latest(List<TradeYear> years, Function<TradeYear, LatestFigure> figureOf) {
        for (int i = years.size() - 1; i >= 0; i--) {
            LatestFigure figure = figureOf.apply(years.get(i));
            if (figure != null) {
                return figure;
            }
        }
        return null;
    }

    private static LatestFigure totalOf(TradeYear year) {
        return year.total() == null ? null : new LatestFigure(year.year(), year.total(), year.basis().total());
    }

    private static LatestFigure aToBOf(TradeYear year) {
        return year.aToB() == null ? null : new LatestFigure(year.year(), year.aToB(), year.basis().aToB());
    }

    private static LatestFigure bToAOf(TradeYear year) {
        return year.bToA() == null ? null : new LatestFigure(year.year(), year.bToA(), year.basis().bToA());
    }

    private static CompoundGrowth compoundGrowth(List<TradeYear> years) {
        List<TradeYear> withTotal = years.stream().filter(year -> year.total() != null).toList();
        if (withTotal.size() < 2) {
            return null;
        }
        TradeYear first = withTotal.get(0);
        TradeYear last = withTotal.get(withTotal.size() - 1);
        Double rate = Growth.compoundAnnual(first.total(), last.total(), last.year() - first.year());
        return rate == null ? null : new CompoundGrowth(first.year(), last.year(), Decimals.round(rate));
    }

    private static Double valueOf(FigureChoice choice) {
        return choice == null ? null : choice.value();
    }

    private static String basisOf(FigureChoice choice) {
        return choice == null ? null : choice.chosen().basis();
    }

    private static List<String> articlesOf(FigureChoice choice) {
        return choice == null ? List.of() : choice.chosen().articles();
    }

    /** A year's two-way total and how it was obtained. */
    private record YearTotal(double value, String basis, boolean estimate) {

        static YearTotal of(Map<TradeSeries, FigureChoice> choices) {
            FigureChoice aToB = choices.get(TradeSeries.A_TO_B);
            FigureChoice bToA = choices.get(TradeSeries.B_TO_A);
            if (aToB != null && bToA != null) {
                return new YearTotal(aToB.value() + bToA.value(), TradeYear.TOTAL_SUM,
                        aToB.isEstimate() || bToA.isEstimate());
            }
            FigureChoice stated = choices.get(TradeSeries.STATED_TOTAL);
            return stated == null ? null : new YearTotal(stated.value(), TradeYear.TOTAL_STATED, stated.isEstimate());
        }

        String estimateOrActual() {
            return estimate ? TradeFigure.BASIS_ESTIMATE : TradeFigure.BASIS_ACTUAL;
        }
    }
}
