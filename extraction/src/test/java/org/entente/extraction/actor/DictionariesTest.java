package org.entente.extraction.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DictionariesTest {

    private static final Set<String> CODES = TsvTable.read("countries.tsv", "code").rows().stream()
            .map(r -> r.required("code")).collect(Collectors.toSet());

    @Test
    void everyIsoCountryIsListed() {
        assertThat(CODES).hasSizeGreaterThanOrEqualTo(249 + 7)
                .contains("PAK", "IRQ", "IRN", "AFG", "IND", "USA", "GBR", "CHN", "RUS", "TUR", "ISR", "SAU", "PSE",
                        "TWN", "VAT", "ATA", "ALA", "SUN", "DDR", "YUG", "CSK", "VDR", "YMD", "SCG");
    }

    @ParameterizedTest
    @CsvSource({"demonyms.tsv", "capitals.tsv", "cities.tsv", "regions.tsv", "leaders.tsv", "successions.tsv"})
    void everyCodeInADictionaryIsAKnownState(String file) {
        Set<String> unknown = new HashSet<>();
        for (TsvTable.Row row : TsvTable.read(file, "code").rows()) {
            String code = row.get("code");
            if (!code.isEmpty() && !CODES.contains(code)) {
                unknown.add(code);
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void institutionsBelongToAStateOrAreOrganisations() {
        for (TsvTable.Row row : TsvTable.read("institutions.tsv", "code").rows()) {
            assertThat(row.required("code")).isIn(union(CODES, Set.of("IGO")));
        }
    }

    @Test
    void successorsPointToDissolvedStates() {
        for (TsvTable.Row row : TsvTable.read("successions.tsv", "historical").rows()) {
            assertThat(row.required("historical")).isIn("SUN", "YUG", "SCG", "CSK");
        }
    }

    @Test
    void everyStateWithADemonymRowHasAName() {
        for (TsvTable.Row row : TsvTable.read("demonyms.tsv", "code", "forms").rows()) {
            assertThat(row.list("forms")).as(row.get("code")).isNotEmpty();
        }
    }

    @Test
    void dictionariesLoadIntoOneTrie() {
        assertThat(ActorResolver.shared().dictionarySize()).isGreaterThan(3000);
    }

    @Test
    void missingColumnIsReported() {
        try {
            TsvTable.read("countries.tsv", "no-such-column");
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessageContaining("no-such-column");
            return;
        }
        throw new AssertionError("a missing column was not reported");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
