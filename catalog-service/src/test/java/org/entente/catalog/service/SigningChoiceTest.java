package org.entente.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.entente.catalog.repository.SigningLinkRepository.SigningEvent;
import org.entente.catalog.service.merge.PartialDate;
import org.junit.jupiter.api.Test;

/** Which signing event an agreement is linked to ({@link SigningLinks#choose}), without a database. */
class SigningChoiceTest {

    private static SigningEvent event(long id, String date, int mentions) {
        return new SigningEvent(id, "AAA-BBB", date, date == null ? null
                : PartialDate.parse(date).precision().wireName(), mentions);
    }

    private static List<PartialDate> dates(String... dates) {
        return Arrays.stream(dates).map(PartialDate::parse).toList();
    }

    @Test
    void noCompatibleEventMeansNoLink() {
        assertThat(SigningLinks.choose(dates("2019-04"), List.of(event(1, "2019-05-02", 3), event(2, "2020", 1))))
                .isNull();
        assertThat(SigningLinks.choose(List.of(), List.of(event(1, "2019-05-02", 3)))).isNull();
    }

    @Test
    void theEventCompatibleWithMostSignedStatementsWins() {
        assertThat(SigningLinks.choose(dates("2019-05", "2019-05-02", "2019"),
                List.of(event(1, "2019-08-10", 9), event(2, "2019-05-02", 1)))).isEqualTo(2L);
    }

    @Test
    void thenTheMorePreciseDateThenMoreMentionsThenTheLowerId() {
        assertThat(SigningLinks.choose(dates("2019"), List.of(event(1, "2019", 5), event(2, "2019-03", 1))))
                .isEqualTo(2L);
        assertThat(SigningLinks.choose(dates("2019"), List.of(event(1, "2019-03-01", 1), event(2, "2019-04-01", 2))))
                .isEqualTo(2L);
        assertThat(SigningLinks.choose(dates("2019"), List.of(event(7, "2019-03-01", 2), event(4, "2019-04-01", 2))))
                .isEqualTo(4L);
    }

    @Test
    void anUndatedSigningMatchesOnlyAnUndatedStatement() {
        List<PartialDate> undated = new ArrayList<>();
        undated.add(null);
        assertThat(SigningLinks.choose(undated, List.of(event(1, "2019", 1), event(2, null, 1)))).isEqualTo(2L);
        assertThat(SigningLinks.choose(dates("2019"), List.of(event(2, null, 1)))).isNull();
    }

    @Test
    void aStatementFallsInTheYearOfItsDate() {
        assertThat(SigningLinks.signingYear("AAA-BBB", "2019-05-02").year()).isEqualTo("2019");
        assertThat(SigningLinks.signingYear("AAA-BBB", "0987").year()).isEqualTo("0987");
        assertThat(SigningLinks.signingYear("AAA-BBB", null).year()).isEqualTo("-");
    }
}
