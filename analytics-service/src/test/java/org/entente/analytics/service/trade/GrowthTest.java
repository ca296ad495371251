package org.entente.analytics.service.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GrowthTest {

    @Test
    void yearOnYearIsTheRelativeChange() {
        assertThat(Growth.yearOnYear(100.0, 125.0)).isEqualTo(0.25);
        assertThat(Growth.yearOnYear(200.0, 150.0)).isEqualTo(-0.25);
    }

    @Test
    void yearOnYearNeedsBothValuesAndAPositiveBase() {
        assertThat(Growth.yearOnYear(null, 125.0)).isNull();
        assertThat(Growth.yearOnYear(100.0, null)).isNull();
        assertThat(Growth.yearOnYear(0.0, 125.0)).isNull();
    }

    @Test
    void compoundAnnualGrowthLeadsFromTheFirstValueToTheLast() {
        assertThat(Growth.compoundAnnual(100, 121, 2)).isCloseTo(0.1, within(1e-12));
        assertThat(Growth.compoundAnnual(100, 50, 1)).isCloseTo(-0.5, within(1e-12));
    }

    @Test
    void compoundAnnualGrowthNeedsAYearAndPositiveValues() {
        assertThat(Growth.compoundAnnual(100, 121, 0)).isNull();
        assertThat(Growth.compoundAnnual(0, 121, 2)).isNull();
        assertThat(Growth.compoundAnnual(100, 0, 2)).isNull();
    }
}
