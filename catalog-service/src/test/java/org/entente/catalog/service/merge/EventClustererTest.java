package org.entente.catalog.service.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventClustererTest {

    /** A mention for the test: a name to recognise it by, a code and a date. */
    private record Mention(String name, String cameo, String date) {
        EventSignature signature() {
            return new EventSignature(cameo, date == null ? null : PartialDate.parse(date));
        }
    }

    private static List<List<String>> cluster(List<Mention> mentions) {
        return EventClusterer.cluster(mentions, Mention::signature, Comparator.comparing(Mention::name)).stream()
                .map(members -> members.stream().map(Mention::name).toList())
                .toList();
    }

    @Test
    void identicalStatementsAreOneEvent() {
        List<Mention> mentions = List.of(
                new Mention("a", "042", "2021-03-14"),
                new Mention("b", "042", "2021-03-14"),
                new Mention("c", "042", "2021-03-14"));

        assertThat(cluster(mentions)).containsExactly(List.of("a", "b", "c"));
    }

    @Test
    void coarserCodeAndCoarserDateJoinTheSpecificEvent() {
        List<Mention> mentions = List.of(
                new Mention("visit", "042", "2021-03-14"),
                new Mention("consult", "04", "2021-03"),
                new Mention("year", "042", "2021"));

        assertThat(cluster(mentions)).containsExactly(List.of("consult", "visit", "year"));
    }

    @Test
    void differentDaysAreDifferentEvents() {
        List<Mention> mentions = List.of(
                new Mention("first", "042", "2021-03-14"),
                new Mention("second", "042", "2021-03-20"));

        assertThat(cluster(mentions)).hasSize(2);
    }

    @Test
    void siblingCodesAreDifferentEvents() {
        List<Mention> mentions = List.of(
                new Mention("visit", "042", "2021-03"),
                new Mention("host", "043", "2021-03"));

        assertThat(cluster(mentions)).hasSize(2);
    }

    @Test
    void anUndatedStatementStaysApartFromDatedOnes() {
        List<Mention> mentions = List.of(
                new Mention("dated", "042", "2021-03"),
                new Mention("undated", "042", null),
                new Mention("undated-too", "04", null));

        assertThat(cluster(mentions)).containsExactlyInAnyOrder(List.of("dated"), List.of("undated", "undated-too"));
    }

    @Test
    void aMonthAndADayOfAnotherMonthAreDifferentEvents() {
        List<Mention> mentions = List.of(
                new Mention("march", "042", "2021-03"),
                new Mention("april-day", "042", "2021-04-02"));

        assertThat(cluster(mentions)).hasSize(2);
    }

    @Test
    void anAmbiguousGeneralStatementJoinsTheEventWithMoreMentions() {
        List<Mention> mentions = List.of(
                new Mention("march-1", "042", "2021-03-14"),
                new Mention("may-1", "042", "2021-05-02"),
                new Mention("may-2", "042", "2021-05-02"),
                new Mention("some-visit", "042", "2021"));

        assertThat(cluster(mentions)).containsExactlyInAnyOrder(
                List.of("march-1"), List.of("may-1", "may-2", "some-visit"));
    }

    @Test
    void aGeneralStatementNeverChainsTwoIncompatibleEventsTogether() {
        List<Mention> mentions = List.of(
                new Mention("visit", "042", "2021-03"),
                new Mention("host", "043", "2021-05"),
                new Mention("consult", "04", "2021"));

        List<List<String>> events = cluster(mentions);

        assertThat(events).hasSize(2);
        assertThat(events).noneMatch(members -> members.containsAll(List.of("visit", "host")));
    }

    @Test
    void aFinerCodeAndAFinerDateFromDifferentMentionsCombine() {
        List<Mention> mentions = List.of(
                new Mention("code", "0421", "2021"),
                new Mention("day", "042", "2021-03-14"));

        assertThat(cluster(mentions)).containsExactly(List.of("code", "day"));
    }

    @Test
    void everyEventIsPairwiseCompatible() {
        List<Mention> mentions = List.of(
                new Mention("a", "04", "2021"),
                new Mention("b", "042", "2021-03"),
                new Mention("c", "043", "2021-03"),
                new Mention("d", "0421", "2021-03-02"),
                new Mention("e", "042", "2021-04"),
                new Mention("f", "04", "2021-04-09"),
                new Mention("g", "043", "2021"));

        List<List<Mention>> events = EventClusterer.cluster(mentions, Mention::signature,
                Comparator.comparing(Mention::name));

        for (List<Mention> event : events) {
            for (Mention x : event) {
                for (Mention y : event) {
                    assertThat(x.signature().compatibleWith(y.signature()))
                            .as("%s and %s share an event", x, y).isTrue();
                }
            }
        }
        assertThat(events.stream().mapToInt(List::size).sum()).isEqualTo(mentions.size());
    }

    @Test
    void anyOrderOfTheSameMentionsGivesTheSameEvents() {
        List<Mention> mentions = new ArrayList<>(List.of(
                new Mention("a", "04", "2021"),
                new Mention("b", "042", "2021-03"),
                new Mention("c", "043", "2021-03"),
                new Mention("d", "0421", "2021-03-02"),
                new Mention("e", "042", "2021-04"),
                new Mention("f", "04", "2021-04-09"),
                new Mention("g", "043", "2021"),
                new Mention("h", "042", null),
                new Mention("i", "04", "2021-03")));
        List<List<String>> expected = cluster(mentions);
        Random random = new Random(7);

        for (int round = 0; round < 50; round++) {
            Collections.shuffle(mentions, random);
            assertThat(cluster(mentions)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}
