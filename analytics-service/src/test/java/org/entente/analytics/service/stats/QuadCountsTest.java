package org.entente.analytics.service.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuadCountsTest {

    private static QuadCounts event(int quad, String goldstein) {
        return QuadCounts.ofEvent(quad, new BigDecimal(goldstein));
    }

    @Test
    void anEventCountsInItsQuadClass() {
        assertThat(event(3, "-2.0")).isEqualTo(new QuadCounts(0, 0, 1, 0, new BigDecimal("-2.0")));
        assertThatIllegalArgumentException().isThrownBy(() -> event(5, "1.0"));
    }

    @Test
    void countsAddUpAndNegationCancels() {
        QuadCounts both = event(1, "3.4").plus(event(4, "-10.0"));
        assertThat(both.events()).isEqualTo(2);
        assertThat(both.goldsteinSum()).isEqualByComparingTo("-6.6");
        assertThat(both.plus(both.negate()).isZero()).isTrue();
    }

    @Test
    void goldsteinSumsStayExactUnderManyAdditionsAndRemovals() {
        QuadCounts counts = QuadCounts.ZERO;
        for (int i = 0; i < 1000; i++) {
            counts = counts.plus(event(1, "0.1"));
        }
        for (int i = 0; i < 1000; i++) {
            counts = counts.plus(event(1, "0.1").negate());
        }
        assertThat(counts.isZero()).isTrue();
    }

    @Test
    void meanAndCooperationIndexAreNullWithoutEvents() {
        assertThat(QuadCounts.ZERO.goldsteinMean()).isNull();
        assertThat(QuadCounts.ZERO.cooperationIndex()).isNull();
    }

    @Test
    void cooperationIndexIsCooperativeShareMinusConflictualShare() {
        QuadCounts counts = event(1, "1.0").plus(event(2, "7.4")).plus(event(2, "7.4")).plus(event(4, "-10.0"));
        assertThat(counts.cooperationIndex()).isEqualTo(0.5);
        assertThat(event(3, "-2.0").cooperationIndex()).isEqualTo(-1.0);
        assertThat(event(1, "1.0").cooperationIndex()).isEqualTo(1.0);
    }

    @Test
    void goldsteinMeanDividesTheSumByTheEvents() {
        assertThat(event(1, "3.0").plus(event(4, "-10.0")).goldsteinMean()).isEqualTo(-3.5);
    }

    @Test
    void aGoldsteinChangeAloneIsNotZero() {
        assertThat(new QuadCounts(0, 0, 0, 0, new BigDecimal("0.5")).isZero()).isFalse();
    }
}
