package org.entente.analytics.service.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.analytics.service.trade.TradeFixtures.export;
import static org.entente.analytics.service.trade.TradeFixtures.figure;
import static org.entente.analytics.service.trade.TradeFixtures.total;

import java.util.List;
import org.entente.analytics.service.period.RangeTooLongException;
import org.junit.jupiter.api.Test;

class TradeBalanceCalculatorTest {

    private static TradeBalance balance(Integer from, Integer to, TradeFigure... figures) {
        return TradeBalanceCalculator.calculate("PAK", "IRQ", from, to, List.of(figures), 50);
    }

    private static TradeYear year(TradeBalance balance, int year) {
        return balance.years().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
    }

    @Test
    void bothDirectionsGiveTheBalanceAndTheirSumTheTotal() {
        TradeYear year = year(balance(null, null, export("PAK", "IRQ", 2019, 300.0, "actual"),
                export("IRQ", "PAK", 2019, 100.0, "actual")), 2019);
        assertThat(year.aToB()).isEqualTo(300.0);
        assertThat(year.bToA()).isEqualTo(100.0);
        assertThat(year.balance()).isEqualTo(200.0);
        assertThat(year.total()).isEqualTo(400.0);
        assertThat(year.totalBasis()).isEqualTo("sum");
        assertThat(year.basis()).isEqualTo(new YearBasis("actual", "actual", null, "actual"));
    }

    @Test
    void theBalanceIsSeenFromTheFirstCountryAsked() {
        TradeBalance seenFromIraq = TradeBalanceCalculator.calculate("IRQ", "PAK", null, null,
                List.of(export("PAK", "IRQ", 2019, 300.0, "actual"), export("IRQ", "PAK", 2019, 100.0, "actual")), 50);
        assertThat(seenFromIraq.years().get(0).balance()).isEqualTo(-200.0);
        assertThat(seenFromIraq.years().get(0).aToB()).isEqualTo(100.0);
    }

    @Test
    void aStatedTotalIsTheTotalWhenADirectionIsMissing() {
        TradeYear year = year(balance(null, null, export("PAK", "IRQ", 2019, 300.0, "actual"),
                total(2019, 1000.0, "estimate")), 2019);
        assertThat(year.balance()).isNull();
        assertThat(year.total()).isEqualTo(1000.0);
        assertThat(year.totalBasis()).isEqualTo("stated");
        assertThat(year.statedTotal()).isEqualTo(1000.0);
        assertThat(year.basis().total()).isEqualTo("estimate");
    }

    @Test
    void aSumIncludingAnEstimateIsAnEstimate() {
        TradeYear year = year(balance(null, null, export("PAK", "IRQ", 2019, 300.0, "actual"),
                export("IRQ", "PAK", 2019, 100.0, "estimate")), 2019);
        assertThat(year.basis()).isEqualTo(new YearBasis("actual", "estimate", null, "estimate"));
    }

    @Test
    void yearsWithoutFiguresArePresentWithNulls() {
        TradeBalance balance = balance(null, null, total(2015, 100.0, "actual"), total(2018, 200.0, "actual"));
        assertThat(balance.years()).extracting(TradeYear::year).containsExactly(2015, 2016, 2017, 2018);
        assertThat(year(balance, 2016).total()).isNull();
        assertThat(year(balance, 2016).articles()).isEqualTo(new YearSources(List.of(), List.of(), List.of()));
        assertThat(balance.from()).isEqualTo(2015);
        assertThat(balance.to()).isEqualTo(2018);
    }

    @Test
    void anAskedRangeIsListedWholeEvenBeyondTheData() {
        TradeBalance balance = balance(2017, 2020, total(2018, 200.0, "actual"));
        assertThat(balance.years()).extracting(TradeYear::year).containsExactly(2017, 2018, 2019, 2020);
    }

    @Test
    void growthComparesConsecutiveYearsEvenAcrossTheRangeStart() {
        TradeBalance balance = balance(2019, null, total(2018, 200.0, "actual"), total(2019, 250.0, "actual"),
                total(2021, 300.0, "actual"));
        assertThat(year(balance, 2019).growth()).isEqualTo(0.25);
        assertThat(year(balance, 2020).growth()).isNull();
        assertThat(year(balance, 2021).growth()).as("2020 has no total").isNull();
    }

    @Test
    void compoundGrowthSpansTheFirstAndLastYearsWithATotal() {
        TradeBalance balance = balance(2014, 2020, total(2015, 100.0, "actual"), total(2017, 121.0, "actual"));
        assertThat(balance.cagr()).isEqualTo(new CompoundGrowth(2015, 2017, 0.1));
    }

    @Test
    void oneYearOfTotalsHasNoCompoundGrowth() {
        assertThat(balance(null, null, total(2015, 100.0, "actual")).cagr()).isNull();
    }

    @Test
    void disagreeingSourcesAreFlaggedWithEveryClaim() {
        TradeFigure chosen = figure("PAK", "IRQ", "export", 2019, 300.0, "actual", 2, true, "a1");
        TradeFigure other = figure("PAK", "IRQ", "export", 2019, 280.0, "actual", 1, true, "a2");
        TradeYear year = year(balance(null, null, other, chosen), 2019);
        assertThat(year.aToB()).isEqualTo(300.0);
        assertThat(year.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.series()).isEqualTo(TradeSeries.A_TO_B);
            assertThat(conflict.chosen()).isEqualTo(chosen.entityId());
            assertThat(conflict.figures()).extracting(FigureView::articles)
                    .containsExactly(List.of("a1"), List.of("a2"));
        });
    }

    @Test
    void targetsStandBesideTheLatestFigureOfTheirSeries() {
        TradeFigure target = figure("IRQ", "PAK", "total", 2025, 5_000.0, "target", 1, false, "goal");
        TradeBalance balance = balance(null, null, total(2018, 1_000.0, "actual"), total(2019, 2_000.0, "estimate"),
                target);
        assertThat(balance.years()).extracting(TradeYear::year).as("goals do not stretch the years")
                .containsExactly(2018, 2019);
        assertThat(balance.targets()).singleElement().satisfies(view -> {
            assertThat(view.series()).isEqualTo("total");
            assertThat(view.year()).isEqualTo(2025);
            assertThat(view.latestActual()).isEqualTo(new LatestFigure(2019, 2_000.0, "estimate"));
            assertThat(view.progress()).isEqualTo(0.4);
            assertThat(view.articles()).containsExactly("goal");
        });
    }

    @Test
    void anUndatedTargetOfOneDirectionIsComparedWithThatDirection() {
        TradeFigure target = figure("PAK", "IRQ", "export", null, 1_000.0, "target", 1, false, "goal");
        TradeBalance balance = balance(null, null, export("PAK", "IRQ", 2020, 250.0, "actual"),
                export("IRQ", "PAK", 2021, 900.0, "actual"), target);
        assertThat(balance.targets()).singleElement().satisfies(view -> {
            assertThat(view.series()).isEqualTo("aToB");
            assertThat(view.year()).isNull();
            assertThat(view.latestActual()).isEqualTo(new LatestFigure(2020, 250.0, "actual"));
        });
    }

    @Test
    void undatedFiguresAreListedApartFromTheYears() {
        TradeBalance balance = balance(null, null, total(null, 700.0, "estimate"), total(2019, 500.0, "actual"));
        assertThat(balance.years()).extracting(TradeYear::year).containsExactly(2019);
        assertThat(balance.undated()).singleElement().satisfies(view -> {
            assertThat(view.series()).isEqualTo(TradeSeries.STATED_TOTAL);
            assertThat(view.valueUsd()).isEqualTo(700.0);
            assertThat(view.basis()).isEqualTo("estimate");
        });
    }

    @Test
    void productFiguresAndFiguresWithoutADollarValueAreLeftOut() {
        TradeFigure product = new TradeFigure("p1", "PAK", "IRQ", "export", 2019, 50.0, "actual", "rice", 1,
                List.of("a1"), false);
        TradeFigure rupees = figure("PAK", "IRQ", "export", 2019, null, "actual", 1, false, "a2");
        TradeBalance balance = balance(null, null, product, rupees);
        assertThat(balance.years()).isEmpty();
        assertThat(balance.from()).isNull();
    }

    @Test
    void tooManyYearsAreRefused() {
        assertThatThrownBy(() -> balance(1900, 2000)).isInstanceOf(RangeTooLongException.class)
                .hasMessageContaining("101 years");
    }
}
