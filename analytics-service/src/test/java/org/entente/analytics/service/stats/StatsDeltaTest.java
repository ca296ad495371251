package org.entente.analytics.service.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.entente.analytics.service.period.Grain;
import org.entente.analytics.service.period.PartialDate;
import org.junit.jupiter.api.Test;

class StatsDeltaTest {

    private static EventContribution event(String date, int quad, String goldstein) {
        return new EventContribution("IRN-PAK", date == null ? null : PartialDate.parse(date, null), quad,
                new BigDecimal(goldstein));
    }

    private static StatsKey month(int year, int month) {
        return StatsKey.period("IRN-PAK", Grain.MONTH, LocalDate.of(year, month, 1), true);
    }

    @Test
    void aNewEventAddsToEachOfItsBuckets() {
        StatsDelta delta = StatsDelta.between(null, event("2024-01-16", 4, "-10.00"));
        assertThat(delta.changes()).hasSize(3).containsEntry(month(2024, 1),
                new QuadCounts(0, 0, 0, 1, new BigDecimal("-10.00")));
        assertThat(delta.decreases()).isEmpty();
    }

    @Test
    void aRetractedEventIsTakenOutOfEachOfItsBuckets() {
        StatsDelta delta = StatsDelta.between(event("2024-01-16", 4, "-10.00"), null);
        assertThat(delta.changes()).containsEntry(month(2024, 1),
                new QuadCounts(0, 0, 0, -1, new BigDecimal("10.00")));
        assertThat(delta.decreases()).hasSize(3);
    }

    @Test
    void aRedatedEventMovesFromTheOldPeriodToTheNewOne() {
        StatsDelta delta = StatsDelta.between(event("2024-01-16", 4, "-10.00"), event("2024-02-03", 4, "-10.00"));
        assertThat(delta.changes()).containsEntry(month(2024, 1), new QuadCounts(0, 0, 0, -1, new BigDecimal("10.00")))
                .containsEntry(month(2024, 2), new QuadCounts(0, 0, 0, 1, new BigDecimal("-10.00")));
        assertThat(delta.changes()).as("same year and quarter: nothing to change there").hasSize(2);
    }

    @Test
    void aRecodedEventMovesFromTheOldQuadToTheNewOneInTheSamePeriod() {
        StatsDelta delta = StatsDelta.between(event("2024-01-16", 4, "-10.00"), event("2024-01-16", 1, "1.00"));
        assertThat(delta.changes()).hasSize(3)
                .containsEntry(month(2024, 1), new QuadCounts(1, 0, 0, -1, new BigDecimal("11.00")));
    }

    @Test
    void anUnchangedEventChangesNothing() {
        assertThat(StatsDelta.between(event("2024-01-16", 4, "-10.00"), event("2024-01-16", 4, "-10.00")).isEmpty())
                .isTrue();
    }

    @Test
    void anEventThatGainsADateLeavesTheUndatedBucket() {
        StatsDelta delta = StatsDelta.between(event(null, 1, "1.00"), event("2024", 1, "1.00"));
        assertThat(delta.changes()).containsEntry(StatsKey.undated("IRN-PAK"),
                new QuadCounts(-1, 0, 0, 0, new BigDecimal("-1.00")));
        assertThat(delta.decreases()).containsOnlyKeys(StatsKey.undated("IRN-PAK"));
    }

    @Test
    void changesAreInWriteOrderUndatedFirstThenByGrainAndPeriod() {
        StatsDelta delta = StatsDelta.between(event(null, 1, "1.00"), event("2024-05-02", 1, "1.00"));
        assertThat(delta.changes().keySet()).extracting(StatsKey::grain)
                .containsExactly(null, Grain.YEAR, Grain.QUARTER, Grain.MONTH);
    }

    @Test
    void deltasAddUpPerBucketAndCancelOut() {
        StatsDelta added = StatsDelta.between(null, event("2024-01-16", 4, "-10.00"));
        StatsDelta another = StatsDelta.between(null, event("2024-01-20", 1, "2.00"));
        StatsDelta removed = StatsDelta.between(event("2024-01-16", 4, "-10.00"), null);

        assertThat(added.plus(another).changes()).hasSize(3).containsEntry(month(2024, 1),
                new QuadCounts(1, 0, 0, 1, new BigDecimal("-8.00")));
        assertThat(added.plus(removed).isEmpty()).isTrue();
        assertThat(StatsDelta.none().plus(another).changes()).isEqualTo(another.changes());
    }
}
