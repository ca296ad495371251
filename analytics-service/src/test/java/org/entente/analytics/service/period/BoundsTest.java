package org.entente.analytics.service.period;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundsTest {

    @Test
    void askedBoundsWinOverTheData() {
        assertThat(Bounds.resolve(2015, 2024, 2010, 2020)).contains(new Bounds<>(2015, 2024));
    }

    @Test
    void missingBoundsComeFromTheData() {
        assertThat(Bounds.resolve(null, null, 2010, 2020)).contains(new Bounds<>(2010, 2020));
        assertThat(Bounds.resolve(2015, null, 2010, 2020)).contains(new Bounds<>(2015, 2020));
        assertThat(Bounds.resolve(null, 2012, 2010, 2020)).contains(new Bounds<>(2010, 2012));
    }

    @Test
    void withoutDataOneAskedBoundIsTheWholeRange() {
        assertThat(Bounds.resolve(2015, null, null, null)).contains(new Bounds<>(2015, 2015));
        assertThat(Bounds.resolve(null, 2015, null, null)).contains(new Bounds<>(2015, 2015));
    }

    @Test
    void aDataBoundOnTheWrongSideOfTheAskedOneGivesWay() {
        assertThat(Bounds.resolve(2030, null, 2010, 2020)).contains(new Bounds<>(2030, 2030));
        assertThat(Bounds.resolve(null, 2005, 2010, 2020)).contains(new Bounds<>(2005, 2005));
    }

    @Test
    void neitherAskedNorDataMeansNoRange() {
        assertThat(Bounds.resolve(null, null, (Integer) null, null)).isEmpty();
    }
}
