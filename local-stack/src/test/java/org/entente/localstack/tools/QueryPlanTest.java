package org.entente.localstack.tools;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class QueryPlanTest {

    private static final List<SyntheticFacts.Pair> PAIRS = List.of(new SyntheticFacts.Pair("IRN", "PAK"),
            new SyntheticFacts.Pair("CHN", "IND"), new SyntheticFacts.Pair("FRA", "DEU"));

    @Test
    void everyKindIsAskedTheGivenNumberOfTimesInMixedOrder() {
        List<QueryPlan.Request> plan = QueryPlan.of(PAIRS, 100, new Random(1));

        Map<QueryKind, Long> perKind = plan.stream()
                .collect(Collectors.groupingBy(QueryPlan.Request::kind, Collectors.counting()));
        assertThat(perKind).containsOnlyKeys(QueryKind.values()).allSatisfy((kind, n) -> assertThat(n).isEqualTo(100));
        assertThat(plan.subList(0, 100)).extracting(QueryPlan.Request::kind).contains(QueryKind.values());
    }

    @Test
    void pairsAreAskedInBothOrders() {
        List<String> paths = QueryPlan.of(PAIRS, 200, new Random(2)).stream().map(QueryPlan.Request::path).toList();

        assertThat(paths).contains("/api/analytics/trends?period=month&a=IRN&b=PAK",
                "/api/analytics/trends?period=month&a=PAK&b=IRN", "/api/analytics/trade-balance?a=DEU&b=FRA",
                "/api/analytics/trade-balance?a=FRA&b=DEU");
        assertThat(paths).allMatch(path -> PAIRS.stream().anyMatch(pair -> path.contains(pair.a())
                && path.contains(pair.b())));
    }

    @Test
    void theSameSeedGivesTheSamePlan() {
        assertThat(QueryPlan.of(PAIRS, 50, new Random(5))).isEqualTo(QueryPlan.of(PAIRS, 50, new Random(5)));
    }
}
