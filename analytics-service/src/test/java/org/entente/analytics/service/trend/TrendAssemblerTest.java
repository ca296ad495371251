package org.entente.analytics.service.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.analytics.service.trend.SeriesFixtures.events;
import static org.entente.analytics.service.trend.SeriesFixtures.one;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.analytics.service.period.Grain;
import org.entente.analytics.service.period.RangeTooLongException;
import org.entente.analytics.service.stats.QuadCounts;
import org.junit.jupiter.api.Test;

class TrendAssemblerTest {

    private static final ShiftEvents NO_EVENTS = starts -> Map.of();

    private final TrendAssembler assembler = new TrendAssembler(new TrendCalculator(2, 0.25, 1), 24);

    private static PeriodRow month(int year, int month, QuadCounts counts) {
        return new PeriodRow(LocalDate.of(year, month, 1), true, counts);
    }

    private static PeriodRow yearOnly(int year, QuadCounts counts) {
        return new PeriodRow(LocalDate.of(year, 1, 1), false, counts);
    }

    private static TrendQuery monthly(LocalDate from, LocalDate to) {
        return new TrendQuery("PAK", "IRN", Grain.MONTH, from, to, 2);
    }

    @Test
    void withoutARangeThePeriodsRunFromTheFirstToTheLastWithEventsZeroFilled() {
        TrendReport report = assembler.assemble(monthly(null, null),
                List.of(month(2024, 1, one("-10.0")), month(2024, 4, one("3.0"))), QuadCounts.ZERO, NO_EVENTS);
        assertThat(report.from()).isEqualTo("2024-01");
        assertThat(report.to()).isEqualTo("2024-04");
        assertThat(report.periods()).extracting(PeriodTrend::period)
                .containsExactly("2024-01", "2024-02", "2024-03", "2024-04");
        assertThat(report.periods()).extracting(period -> period.counts().events()).containsExactly(1, 0, 0, 1);
        assertThat(report.dyad()).isEqualTo("IRN-PAK");
    }

    @Test
    void eventsDatedOnlyToTheYearAreCountedApartAndStretchTheDefaultRangeOverTheirYear() {
        TrendReport report = assembler.assemble(monthly(null, null),
                List.of(month(2023, 11, one("1.0")), yearOnly(2024, events(2, 3, "-2.0"))), QuadCounts.ZERO,
                NO_EVENTS);
        assertThat(report.to()).isEqualTo("2024-12");
        assertThat(report.coarser().events()).isEqualTo(2);
        assertThat(report.periods()).extracting(period -> period.counts().events()).containsOnly(0, 1);
    }

    @Test
    void anAskedRangeKeepsOnlyItsPeriodsAndTheYearOnlyEventsOfItsYears() {
        TrendReport report = assembler.assemble(monthly(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1)),
                List.of(month(2024, 1, one("-10.0")), month(2024, 2, one("3.0")), yearOnly(2023, one("1.0")),
                        yearOnly(2024, one("-2.0"))),
                one("5.0"), NO_EVENTS);
        assertThat(report.periods()).extracting(PeriodTrend::period).containsExactly("2024-02", "2024-03");
        assertThat(report.coarser().goldsteinSum()).isEqualTo(-2.0);
        assertThat(report.undated().events()).isEqualTo(1);
    }

    @Test
    void movingAveragesStartOnceAWindowIsFull() {
        TrendReport report = assembler.assemble(monthly(null, null),
                List.of(month(2024, 1, one("-10.0")), month(2024, 2, one("4.0"))), QuadCounts.ZERO, NO_EVENTS);
        assertThat(report.periods().get(0).movingAverage()).isNull();
        assertThat(report.periods().get(1).movingAverage()).isEqualTo(new WindowAverage(1.0, -3.0, 0.0));
    }

    @Test
    void theTrendLineNamesTheWindowItIsFittedOver() {
        TrendReport report = assembler.assemble(monthly(null, null),
                List.of(month(2024, 1, one("-10.0")), month(2024, 2, one("-4.0")), month(2024, 3, one("2.0"))),
                QuadCounts.ZERO, NO_EVENTS);
        assertThat(report.trend()).isEqualTo(new TrendLine("goldsteinMean", "2024-02", "2024-03", 6.0,
                TrendDirection.IMPROVING, 0.25));
    }

    @Test
    void shiftsCarryTheEventsOfBothPeriods() {
        EventView strike = new EventView("e1", "2024-01", "2024-01-16", "IRN", "PAK", "195", 4, -10.0, List.of("a1"));
        EventView talks = new EventView("e2", "2024-02", "2024-02-03", "PAK", "IRN", "040", 1, 1.0, List.of("a2"));
        List<List<LocalDate>> asked = new ArrayList<>();
        ShiftEvents lookup = starts -> {
            asked.add(starts);
            return Map.of(LocalDate.of(2024, 1, 1), List.of(strike), LocalDate.of(2024, 2, 1), List.of(talks));
        };
        TrendReport report = assembler.assemble(monthly(null, null),
                List.of(month(2024, 1, one("-10.0")), month(2024, 2, one("1.0"))), QuadCounts.ZERO, lookup);
        assertThat(asked).containsExactly(List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1)));
        assertThat(report.shifts()).singleElement().satisfies(shift -> {
            assertThat(shift.from()).isEqualTo("2024-01");
            assertThat(shift.to()).isEqualTo("2024-02");
            assertThat(shift.goldsteinSumChange()).isEqualTo(11.0);
            assertThat(shift.direction()).isEqualTo(TrendDirection.IMPROVING);
            assertThat(shift.events()).containsExactly(strike, talks);
        });
    }

    @Test
    void aPairWithoutDatedEventsAndNoRangeHasNoPeriods() {
        TrendReport report = assembler.assemble(monthly(null, null), List.of(), one("2.0"),
                starts -> {
                    throw new AssertionError("no shift, no lookup");
                });
        assertThat(report.periods()).isEmpty();
        assertThat(report.from()).isNull();
        assertThat(report.trend().slope()).isNull();
        assertThat(report.undated().events()).isEqualTo(1);
    }

    @Test
    void aRangeOfMorePeriodsThanAllowedIsRefused() {
        assertThatThrownBy(() -> assembler.assemble(monthly(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 1, 1)),
                List.of(), QuadCounts.ZERO, NO_EVENTS))
                .isInstanceOf(RangeTooLongException.class)
                .hasMessageContaining("25 months");
    }
}
