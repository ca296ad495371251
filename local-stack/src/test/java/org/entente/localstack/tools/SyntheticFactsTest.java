package org.entente.localstack.tools;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyntheticFactsTest {

    private static final Set<String> ISO = Set.of(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)
            .toArray(String[]::new));

    @Test
    void pairsAreDistinctSortedIsoCodes() {
        List<SyntheticFacts.Pair> pairs = new SyntheticFacts(1, 200, 30).pairs();

        assertThat(pairs).hasSize(200).doesNotHaveDuplicates();
        assertThat(pairs).allSatisfy(pair -> {
            assertThat(ISO).contains(pair.a(), pair.b());
            assertThat(pair.a()).isLessThan(pair.b());
            assertThat(pair.dyad()).isEqualTo(pair.a() + "-" + pair.b());
        });
    }

    @Test
    void theSameSeedGivesTheSameFacts() {
        assertThat(events(new SyntheticFacts(7, 10, 5), 500)).isEqualTo(events(new SyntheticFacts(7, 10, 5), 500));
        assertThat(events(new SyntheticFacts(7, 10, 5), 500)).isNotEqualTo(events(new SyntheticFacts(8, 10, 5), 500));
    }

    @Test
    void eventsAreSpreadEvenlyOverThePairsWithinTheYears() {
        SyntheticFacts facts = new SyntheticFacts(3, 20, 30);
        List<SyntheticFacts.Event> events = events(facts, 20_000);

        assertThat(events).extracting(SyntheticFacts.Event::id).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, 20_000).boxed().toList());
        Map<SyntheticFacts.Pair, Long> perPair = events.stream()
                .collect(Collectors.groupingBy(SyntheticFacts.Event::pair, Collectors.counting()));
        assertThat(perPair).hasSize(20).allSatisfy((pair, count) -> assertThat(count).isEqualTo(1000));
        Set<Integer> years = new HashSet<>();
        for (SyntheticFacts.Event event : events) {
            if (event.eventDate() != null) {
                years.add(event.eventDate().getYear());
            }
        }
        assertThat(years).hasSize(30).allSatisfy(year -> assertThat(year).isBetween(1995, 2024));
    }

    @Test
    void eventsAreValidFactsOfTheirPair() {
        for (SyntheticFacts.Event event : events(new SyntheticFacts(5, 30, 10), 10_000)) {
            assertThat(Set.of(event.source(), event.target())).containsExactlyInAnyOrder(event.pair().a(),
                    event.pair().b());
            assertThat(event.quad()).isBetween(1, 4);
            assertThat(event.cameo()).matches("\\d{3}");
            assertThat(Math.abs(event.goldstein())).isLessThanOrEqualTo(10);
            // cooperation weighs zero or more, conflict less than zero
            assertThat(event.goldstein() >= 0).isEqualTo(event.quad() <= 2);
            assertThat(event.articles()).hasSize(event.mentions());
            assertThat(event.eventDate() == null).isEqualTo(event.precision() == null);
        }
    }

    @Test
    void datesAreFirstDaysAtTheirPrecisionInTheStatedShares() {
        List<SyntheticFacts.Event> events = events(new SyntheticFacts(11, 50, 30), 50_000);
        Map<String, Long> byPrecision = events.stream().collect(Collectors.groupingBy(
                event -> String.valueOf(event.precision()), Collectors.counting()));

        assertThat(byPrecision.get("day") / 50_000.0).isBetween(0.83, 0.87);
        assertThat(byPrecision.get("month") / 50_000.0).isBetween(0.09, 0.11);
        assertThat(byPrecision.get("year") / 50_000.0).isBetween(0.035, 0.045);
        assertThat(byPrecision.get("null") / 50_000.0).isBetween(0.005, 0.015);
        for (SyntheticFacts.Event event : events) {
            LocalDate date = event.eventDate();
            if ("month".equals(event.precision())) {
                assertThat(date.getDayOfMonth()).isEqualTo(1);
            } else if ("year".equals(event.precision())) {
                assertThat(date.getDayOfYear()).isEqualTo(1);
            }
        }
    }

    @Test
    void everyPairHasBothExportSeriesEveryYearATargetAndAnUndatedFigure() {
        SyntheticFacts facts = new SyntheticFacts(2, 5, 30);
        List<SyntheticFacts.TradeClaim> claims = new ArrayList<>();
        facts.tradeClaims(claims::add);

        assertThat(claims).extracting(SyntheticFacts.TradeClaim::id).doesNotHaveDuplicates();
        for (SyntheticFacts.Pair pair : facts.pairs()) {
            List<SyntheticFacts.TradeClaim> ofPair = claims.stream().filter(c -> c.pair().equals(pair)).toList();
            for (int year = facts.firstYear(); year <= facts.lastYear(); year++) {
                int y = year;
                assertThat(ofPair).anySatisfy(c -> assertThat(List.of(c.exporter(), c.flow(), c.year(), c.product()
                        == null)).containsExactly(pair.a(), "export", y, true));
                assertThat(ofPair).anySatisfy(c -> assertThat(List.of(c.exporter(), c.flow(), c.year(), c.product()
                        == null)).containsExactly(pair.b(), "export", y, true));
            }
            assertThat(ofPair).filteredOn(c -> c.basis().equals("target")).hasSize(1);
            assertThat(ofPair).filteredOn(c -> c.year() == null).hasSize(1);
        }
        assertThat(claims).allSatisfy(claim -> {
            assertThat(claim.valueUsd()).isPositive();
            assertThat(Set.of(claim.exporter(), claim.importer())).containsExactlyInAnyOrder(claim.pair().a(),
                    claim.pair().b());
        });
        assertThat(claims).anySatisfy(claim -> assertThat(claim.conflict()).isTrue());
    }

    @Test
    void refusesEmptySizes() {
        assertThatThrownBy(() -> new SyntheticFacts(1, 0, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyntheticFacts(1, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<SyntheticFacts.Event> events(SyntheticFacts facts, long count) {
        List<SyntheticFacts.Event> events = new ArrayList<>();
        facts.events(count, events::add);
        return events;
    }
}
