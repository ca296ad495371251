package org.entente.catalog.service.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class CurrentStatusTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private static StatusStatement statement(AgreementStatus status, String date, int reportedSecond, String id) {
        return new StatusStatement(status, date == null ? null : PartialDate.parse(date),
                T0.plusSeconds(reportedSecond), id);
    }

    @Test
    void theLatestDateWins() {
        StatusStatement signed = statement(AgreementStatus.SIGNED, "1960-09-19", 5, "a");
        StatusStatement stalled = statement(AgreementStatus.STALLED, "2025-04", 1, "b");

        assertThat(CurrentStatus.of(List.of(stalled, signed))).isEqualTo(stalled);
    }

    @Test
    void aLaterDateWinsEvenOverALaterLifecycleStage() {
        StatusStatement withdrawn = statement(AgreementStatus.WITHDRAWN, "2018", 0, "a");
        StatusStatement inForce = statement(AgreementStatus.IN_FORCE, "2021-02", 0, "b");

        assertThat(CurrentStatus.of(List.of(withdrawn, inForce))).isEqualTo(inForce);
    }

    @Test
    void onTheSameDateTheLaterLifecycleStageWins() {
        StatusStatement proposed = statement(AgreementStatus.PROPOSED, "2021-03-14", 9, "a");
        StatusStatement signed = statement(AgreementStatus.SIGNED, "2021-03-14", 0, "b");

        assertThat(CurrentStatus.of(List.of(proposed, signed))).isEqualTo(signed);
    }

    @Test
    void aYearContainingADayIsATieDecidedByLifecycleStage() {
        StatusStatement signed = statement(AgreementStatus.SIGNED, "2021-03-15", 0, "a");
        StatusStatement stalled = statement(AgreementStatus.STALLED, "2021", 0, "b");

        assertThat(CurrentStatus.of(List.of(signed, stalled))).isEqualTo(stalled);
    }

    @Test
    void aMonthWhollyAfterAnotherInTheSameYearWins() {
        StatusStatement stalled = statement(AgreementStatus.STALLED, "2021-02", 0, "a");
        StatusStatement inForce = statement(AgreementStatus.IN_FORCE, "2021-09", 0, "b");
        StatusStatement year = statement(AgreementStatus.SIGNED, "2021", 0, "c");

        assertThat(CurrentStatus.of(List.of(stalled, inForce, year))).isEqualTo(inForce);
    }

    @Test
    void theSameStatusAndDateIsDecidedByTheMorePreciseDateThenTheLaterReport() {
        StatusStatement early = statement(AgreementStatus.SIGNED, "2021-03-14", 1, "a");
        StatusStatement late = statement(AgreementStatus.SIGNED, "2021-03-14", 2, "b");
        StatusStatement coarse = statement(AgreementStatus.SIGNED, "2021-03", 3, "c");

        assertThat(CurrentStatus.of(List.of(late, coarse, early))).isEqualTo(late);
    }

    @Test
    void undatedStatementsCountOnlyWhenNoneIsDated() {
        StatusStatement undatedEnded = statement(AgreementStatus.ENDED, null, 0, "a");
        StatusStatement dated = statement(AgreementStatus.PROPOSED, "2019", 0, "b");
        StatusStatement undatedSigned = statement(AgreementStatus.SIGNED, null, 0, "c");

        assertThat(CurrentStatus.of(List.of(undatedEnded, dated))).isEqualTo(dated);
        assertThat(CurrentStatus.of(List.of(undatedEnded, undatedSigned))).isEqualTo(undatedEnded);
    }

    @Test
    void noStatementsHasNoCurrentStatus() {
        assertThatThrownBy(() -> CurrentStatus.of(List.of())).isInstanceOf(NoSuchElementException.class);
    }
}
