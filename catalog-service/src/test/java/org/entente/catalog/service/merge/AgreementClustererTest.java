package org.entente.catalog.service.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AgreementClustererTest {

    private static List<List<String>> cluster(List<String> titles) {
        return AgreementClusterer.cluster(titles, Function.identity(), Comparator.naturalOrder());
    }

    @Test
    void matchingTitlesAreOneAgreement() {
        assertThat(cluster(List.of("Indus Waters Treaty", "the Indus Water Treaty", "Treaty on the Indus waters")))
                .hasSize(1);
    }

    @Test
    void unrelatedTitlesAreSeparateAgreements() {
        assertThat(cluster(List.of("Gas pipeline deal", "Defence cooperation agreement"))).hasSize(2);
    }

    @Test
    void aChainOfMatchingTitlesIsOneAgreement() {
        List<String> titles = List.of("China-Pakistan Economic Corridor", "CPEC", "Pakistan economic corridor project");
        assertThat(AgreementTitle.of("CPEC").matches(AgreementTitle.of("Pakistan economic corridor project")))
                .isFalse();

        assertThat(cluster(titles)).containsExactly(List.of(
                "CPEC", "China-Pakistan Economic Corridor", "Pakistan economic corridor project"));
    }

    @Test
    void anyOrderGivesTheSameAgreements() {
        List<String> titles = new ArrayList<>(List.of("Indus Waters Treaty", "CPEC", "Simla Agreement",
                "China-Pakistan Economic Corridor", "the Indus water treaty", "Simla accord of 1972", "the pact"));
        List<List<String>> expected = cluster(titles);
        Random random = new Random(11);

        for (int round = 0; round < 30; round++) {
            Collections.shuffle(titles, random);
            assertThat(cluster(titles)).isEqualTo(expected);
        }
    }
}
