package org.entente.analytics.service.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.analytics.service.change.ChangeOutcome.APPLIED;
import static org.entente.analytics.service.change.ChangeOutcome.DUPLICATE;
import static org.entente.analytics.service.change.ChangeOutcome.STALE;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.analytics.testing.Facts;
import org.entente.contract.CatalogChange;
import org.junit.jupiter.api.Test;

class ChangePlanTest {

    private static CatalogChange visit(String id, long version, String date) {
        return Facts.event(id, version, "IRN", "PAK", "042", 1, 1.9, date);
    }

    @Test
    void eachEntityEndsWithItsNewestChangeWhateverTheOrder() {
        CatalogChange first = visit("7", 1, "2021-01-10");
        CatalogChange second = visit("7", 2, "2021-02-10");

        ChangePlan inOrder = ChangePlan.of(List.of(first, second), Set.of(), Map.of());
        ChangePlan reversed = ChangePlan.of(List.of(second, first), Set.of(), Map.of());

        assertThat(inOrder.outcomes()).containsExactly(APPLIED, APPLIED);
        assertThat(reversed.outcomes()).containsExactly(APPLIED, STALE);
        assertThat(inOrder.latestApplied()).containsExactly(second);
        assertThat(reversed.latestApplied()).containsExactly(second);
    }

    @Test
    void aChangeProcessedBeforeOrRepeatedInTheBatchIsADuplicateAndRecordedOnce() {
        CatalogChange old = visit("7", 1, "2021-01-10");
        CatalogChange fresh = visit("8", 1, "2021-01-11");

        ChangePlan plan = ChangePlan.of(List.of(old, fresh, fresh), Set.of(old.changeId()), Map.of());

        assertThat(plan.outcomes()).containsExactly(DUPLICATE, APPLIED, DUPLICATE);
        assertThat(plan.newChangeIds()).containsExactly(fresh.changeId());
        assertThat(plan.latestApplied()).containsExactly(fresh);
    }

    @Test
    void aChangeNoNewerThanTheStoredVersionIsStaleButRecordedAsProcessed() {
        CatalogChange same = visit("7", 3, "2021-01-10");
        CatalogChange newer = visit("8", 4, "2021-01-10");

        ChangePlan plan = ChangePlan.of(List.of(same, newer), Set.of(),
                Map.of(new EntityKey("event", "7"), 3L, new EntityKey("event", "8"), 3L));

        assertThat(plan.outcomes()).containsExactly(STALE, APPLIED);
        assertThat(plan.newChangeIds()).containsExactly(same.changeId(), newer.changeId());
        assertThat(plan.latestApplied()).containsExactly(newer);
    }

    @Test
    void kindsAreNumberedApart() {
        CatalogChange event = visit("7", 1, "2021-01-10");
        CatalogChange figure = Facts.trade("7", 1, "IRN", "PAK", "export", 2021, 1.0e6, "actual", false, "a");

        ChangePlan plan = ChangePlan.of(List.of(event, figure), Set.of(), Map.of(new EntityKey("trade", "7"), 5L));

        assertThat(plan.outcomes()).containsExactly(APPLIED, STALE);
    }

    @Test
    void aRetractionAfterAnUpsertInTheSameBatchLeavesTheRetraction() {
        CatalogChange upsert = visit("7", 1, "2021-01-10");
        CatalogChange retraction = Facts.retraction(upsert, 2);

        ChangePlan plan = ChangePlan.of(List.of(upsert, retraction), Set.of(), Map.of());

        assertThat(plan.latestApplied()).containsExactly(retraction);
    }
}
