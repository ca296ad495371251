package org.entente.analytics.service.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.entente.analytics.service.trend.SeriesFixtures.months;
import static org.entente.analytics.service.trend.SeriesFixtures.one;

import java.util.List;
import org.entente.analytics.service.stats.QuadCounts;
import org.junit.jupiter.api.Test;

class TrendCalculatorTest {

    private final TrendCalculator calculator = new TrendCalculator(3, 0.25, 2);

    @Test
    void theSlopeIsFittedOverTheLastWindowOnly() {
        TrendAnalysis analysis = calculator.analyse(months(one("9.0"), one("-6.0"), one("-4.0"), one("-2.0")));
        assertThat(analysis.slopeFrom()).isEqualTo(1);
        assertThat(analysis.slope()).isCloseTo(2.0, within(1e-12));
        assertThat(analysis.direction()).isEqualTo(TrendDirection.IMPROVING);
    }

    @Test
    void aFallingMeanIsWorsening() {
        assertThat(calculator.analyse(months(one("3.0"), one("1.0"), one("-1.0"))).direction())
                .isEqualTo(TrendDirection.WORSENING);
    }

    @Test
    void aFlatMeanIsStable() {
        assertThat(calculator.analyse(months(one("3.0"), one("3.1"), one("3.0"))).direction())
                .isEqualTo(TrendDirection.STABLE);
    }

    @Test
    void withFewerThanTwoPeriodsWithEventsThereIsNoDirection() {
        TrendAnalysis analysis = calculator.analyse(months(QuadCounts.ZERO, one("3.0"), QuadCounts.ZERO));
        assertThat(analysis.slope()).isNull();
        assertThat(analysis.direction()).isNull();
    }

    @Test
    void aSeriesShorterThanTheWindowIsFittedWhole() {
        TrendAnalysis analysis = calculator.analyse(months(one("1.0"), one("2.0")));
        assertThat(analysis.slopeFrom()).isZero();
        assertThat(analysis.slope()).isCloseTo(1.0, within(1e-12));
        assertThat(analysis.pooled()).containsOnlyNulls();
    }

    @Test
    void anEmptySeriesHasNothing() {
        TrendAnalysis analysis = calculator.analyse(List.of());
        assertThat(analysis.pooled()).isEmpty();
        assertThat(analysis.shifts()).isEmpty();
        assertThat(analysis.slope()).isNull();
    }

    @Test
    void shiftsAreLimitedToTheRequestedCount() {
        assertThat(calculator.analyse(months(one("1.0"), one("-1.0"), one("1.0"), one("-1.0"))).shifts()).hasSize(2);
    }

    @Test
    void windowsOfOnePeriodAndNegativeThresholdsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TrendCalculator(1, 0.25, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new TrendCalculator(3, -1, 3));
    }
}
