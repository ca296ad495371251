package org.entente.analytics.service.dyad;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.entente.analytics.service.stats.QuadCounts;
import org.junit.jupiter.api.Test;

class DyadRankingTest {

    private static final ChangeWindows WINDOWS = ChangeWindows.endingIn(2024, 2);

    private static QuadCounts counts(int cooperative, int conflictual) {
        return new QuadCounts(cooperative, 0, conflictual, 0, BigDecimal.valueOf(cooperative - 2L * conflictual));
    }

    private static DyadActivity pair(String dyad, QuadCounts all, QuadCounts recent, QuadCounts previous) {
        return new DyadActivity(dyad, all, 0, recent, previous, 0);
    }

    private final List<DyadActivity> pairs = List.of(
            pair("IRN-PAK", counts(2, 8), counts(0, 4), counts(2, 0)),
            pair("IRQ-PAK", counts(5, 0), counts(3, 0), counts(2, 0)),
            pair("CHN-PAK", counts(6, 6), counts(1, 1), QuadCounts.ZERO),
            pair("AFG-IRN", QuadCounts.ZERO, QuadCounts.ZERO, QuadCounts.ZERO));

    @Test
    void activityRanksTheBusiestPairsFirst() {
        assertThat(DyadRanking.rank(pairs, DyadSort.ACTIVITY, 10, WINDOWS).dyads()).extracting(DyadView::dyad)
                .containsExactly("CHN-PAK", "IRN-PAK", "IRQ-PAK", "AFG-IRN");
    }

    @Test
    void cooperationRanksTheMostCooperativeFirstAndPairsWithoutEventsLast() {
        assertThat(DyadRanking.rank(pairs, DyadSort.COOPERATION, 10, WINDOWS).dyads()).extracting(DyadView::dyad)
                .containsExactly("IRQ-PAK", "CHN-PAK", "IRN-PAK", "AFG-IRN");
    }

    @Test
    void changeRanksTheLargestMoveEitherWayFirstAndPairsWithoutBothWindowsLast() {
        DyadRanking ranking = DyadRanking.rank(pairs, DyadSort.CHANGE, 10, WINDOWS);
        assertThat(ranking.dyads()).extracting(DyadView::dyad)
                .containsExactly("IRN-PAK", "IRQ-PAK", "CHN-PAK", "AFG-IRN");
        assertThat(ranking.dyads().get(0).change()).isEqualTo(-2.0);
        assertThat(ranking.dyads().get(1).change()).isEqualTo(0.0);
        assertThat(ranking.dyads().get(2).change()).isNull();
    }

    @Test
    void theLimitCutsTheList() {
        DyadRanking ranking = DyadRanking.rank(pairs, DyadSort.ACTIVITY, 2, WINDOWS);
        assertThat(ranking.dyads()).hasSize(2);
        assertThat(ranking.limit()).isEqualTo(2);
        assertThat(ranking.sort()).isEqualTo("activity");
    }

    @Test
    void aPairViewSplitsItsKeyIntoTheTwoCodes() {
        DyadView view = DyadRanking.rank(pairs, DyadSort.ACTIVITY, 1, WINDOWS).dyads().get(0);
        assertThat(view.a()).isEqualTo("CHN");
        assertThat(view.b()).isEqualTo("PAK");
        assertThat(view.events().events()).isEqualTo(12);
        assertThat(view.events().cooperationIndex()).isEqualTo(0.0);
    }

    @Test
    void windowsAreConsecutiveAndEndWithTheLatestYear() {
        assertThat(ChangeWindows.endingIn(2024, 2)).isEqualTo(new ChangeWindows(2, 2023, 2024, 2021, 2022));
        assertThat(ChangeWindows.endingIn(2024, 1)).isEqualTo(new ChangeWindows(1, 2024, 2024, 2023, 2023));
    }
}
