package org.entente.extraction.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.extraction.FuzzyDate;
import org.junit.jupiter.api.Test;

class LeadersTest {

    private final Leaders leaders = ActorResolver.shared().leaders();

    @Test
    void fullNameIsTheLeadersState() {
        assertThat(Mentions.in("Narendra Modi met Xi Jinping.")).containsExactly("\"Narendra Modi\" → IND: leader",
                "\"Xi Jinping\" → CHN: leader");
    }

    @Test
    void currentLeadersOfSmallerStatesAreKnownBySurname() {
        assertThat(Mentions.in("Pashinyan spoke with Tokayev and Kagame.")).containsExactly(
                "\"Pashinyan\" → ARM: leader", "\"Tokayev\" → KAZ: leader", "\"Kagame\" → RWA: leader");
    }

    @Test
    void leadersOfEveryRegionAreKnown() {
        assertThat(Mentions.in("Museveni received Kibaki, and Piñera called Morales's successor Luis Arce."))
                .contains("\"Museveni\" → UGA: leader", "\"Kibaki\" → KEN: leader", "\"Piñera\" → CHL: leader",
                        "\"Luis Arce\" → BOL: leader");
        assertThat(Mentions.in("Mirziyoyev hosted Orbán, Nausėda and Prayut Chan-o-cha in Samarkand."))
                .contains("\"Mirziyoyev\" → UZB: leader", "\"Orbán\" → HUN: leader", "\"Nausėda\" → LTU: leader",
                        "\"Prayut Chan-o-cha\" → THA: leader");
    }

    @Test
    void nordicAndCentralEuropeanLeadersAreKnown() {
        assertThat(Mentions.in("Kristersson and Niinisto met Fiala, Iohannis and Luis Montenegro."))
                .contains("\"Kristersson\" → SWE: leader", "\"Niinisto\" → FIN: leader", "\"Fiala\" → CZE: leader",
                        "\"Iohannis\" → ROU: leader", "\"Luis Montenegro\" → PRT: leader");
        assertThat(Mentions.in("Montenegro and Portugal signed a treaty.")).contains("\"Montenegro\" → MNE: name");
    }

    @Test
    void surnamesSharedWithPlacesAndWordsAreNotReadAlone() {
        assertThat(Mentions.of("Trade through Lagos and Toledo grew, and Fox News reported it.")).extracting(
                ActorMention::reason).doesNotContain("leader");
    }

    @Test
    void nameVariantsAreTheSamePerson() {
        assertThat(Mentions.of("Zulfikar Ali Bhutto, Zulfiqar Ali Bhutto and Saddam Hossein"))
                .extracting(ActorMention::entity)
                .containsExactly("zulfikar-ali-bhutto", "zulfikar-ali-bhutto", "saddam-hussein");
    }

    @Test
    void hyphensInANameAreOptional() {
        assertThat(Mentions.of("Zia-ul-Haq and Zia ul Haq")).extracting(ActorMention::entity)
                .containsExactly("zia-ul-haq", "zia-ul-haq");
    }

    @Test
    void nameFollowedByAnotherCapitalisedWordIsSomeoneElse() {
        assertThat(Mentions.of("an essay by Saddam Tahir")).isEmpty();
        assertThat(Mentions.of("guests at Trump Tower")).isEmpty();
    }

    @Test
    void namePrecededByAGivenNameIsSomeoneElse() {
        assertThat(Mentions.of("a statement by Ivanka Trump")).isEmpty();
    }

    @Test
    void titleBeforeANameIsNoObstacle() {
        assertThat(Mentions.stateCodes("then General Musharraf and Mr Putin")).containsExactly("PAK", "RUS");
    }

    @Test
    void shortNameAloneIsNotResolvedWithoutADocument() {
        assertThat(Mentions.of("Bhutto resigned.")).isEmpty();
    }

    @Test
    void tenureCoversDatesInOffice() {
        assertThat(leaders.termAt("imran-khan", FuzzyDate.ofDay(2019, 5, 1)))
                .hasValueSatisfying(t -> assertThat(t.role()).isEqualTo("prime minister"));
        assertThat(leaders.termAt("imran-khan", FuzzyDate.ofDay(2022, 4, 11))).isEmpty();
        assertThat(leaders.termAt("imran-khan", FuzzyDate.ofYear(2022))).isPresent();
    }

    @Test
    void incumbentTermHasNoEnd() {
        assertThat(leaders.termAt("narendra-modi", FuzzyDate.ofYear(2030))).isPresent();
    }

    @Test
    void shortNameResolvesByDate() {
        assertThat(leaders.resolve("Bhutto", FuzzyDate.ofYear(1975)))
                .hasValueSatisfying(t -> assertThat(t.id()).isEqualTo("zulfikar-ali-bhutto"));
        assertThat(leaders.resolve("Bhutto", FuzzyDate.ofYear(1990)))
                .hasValueSatisfying(t -> assertThat(t.id()).isEqualTo("benazir-bhutto"));
        assertThat(leaders.resolve("Bhutto", FuzzyDate.ofYear(2005))).isEmpty();
    }

    @Test
    void personWithOfficesInTwoStatesHasTheStateOfEachTerm() {
        assertThat(leaders.termAt("eduard-shevardnadze", FuzzyDate.ofYear(1988)))
                .hasValueSatisfying(t -> assertThat(t.code()).isEqualTo("SUN"));
        assertThat(leaders.termAt("eduard-shevardnadze", FuzzyDate.ofYear(2000)))
                .hasValueSatisfying(t -> assertThat(t.code()).isEqualTo("GEO"));
    }

    @Test
    void roleChangesWithTheDate() {
        assertThat(leaders.resolve("Pervez Musharraf", FuzzyDate.ofMonth(1999, 1)))
                .hasValueSatisfying(t -> assertThat(t.role()).isEqualTo("army chief"));
        assertThat(leaders.resolve("Musharraf", FuzzyDate.ofYear(2008)))
                .hasValueSatisfying(t -> assertThat(t.role()).isEqualTo("president"));
    }

    @Test
    void nameOutOfOfficeAtTheDateResolvesToNothing() {
        assertThat(leaders.resolve("Donald Trump", FuzzyDate.ofYear(2022))).isEmpty();
        assertThat(leaders.resolve("Donald Trump", FuzzyDate.ofYear(2019))).isPresent();
    }

    @Test
    void everyTermEndsAfterItStarts() {
        for (String id : leaders.ids()) {
            for (LeaderTerm term : leaders.terms(id)) {
                if (term.to() != null) {
                    assertThat(LeaderTerm.lastDay(term.to())).as(term.toString())
                            .isAfterOrEqualTo(LeaderTerm.firstDay(term.from()));
                }
            }
        }
    }

    @Test
    void termsInOneRoleOfOneStateDoNotOverlapBetweenPeople() {
        var terms = leaders.ids().stream().flatMap(id -> leaders.terms(id).stream())
                .filter(t -> t.to() != null && t.from().day() != null && t.to().day() != null).toList();
        for (LeaderTerm a : terms) {
            for (LeaderTerm b : terms) {
                if (a != b && !a.id().equals(b.id()) && a.code().equals(b.code()) && a.role().equals(b.role())) {
                    boolean overlap = LeaderTerm.firstDay(a.from()).isBefore(LeaderTerm.lastDay(b.to()))
                            && LeaderTerm.firstDay(b.from()).isBefore(LeaderTerm.lastDay(a.to()));
                    assertThat(overlap).as(a + " / " + b).isFalse();
                }
            }
        }
    }
}
