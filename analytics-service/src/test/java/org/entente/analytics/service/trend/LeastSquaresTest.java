package org.entente.analytics.service.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeastSquaresTest {

    @Test
    void aStraightLineHasItsOwnSlope() {
        assertThat(LeastSquares.slope(List.of(1.0, 3.0, 5.0, 7.0))).isCloseTo(2.0, within(1e-12));
        assertThat(LeastSquares.slope(List.of(4.0, 4.0, 4.0))).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void noisyPointsGetTheBestFittingSlope() {
        assertThat(LeastSquares.slope(List.of(0.0, 2.0, 1.0))).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void gapsKeepThePositionsOfTheOtherPoints() {
        assertThat(LeastSquares.slope(Arrays.asList(-6.0, null, 6.0))).isCloseTo(6.0, within(1e-12));
    }

    @Test
    void fewerThanTwoPointsHaveNoSlope() {
        assertThat(LeastSquares.slope(Arrays.asList(null, 3.0, null))).isNull();
        assertThat(LeastSquares.slope(List.of())).isNull();
    }
}
