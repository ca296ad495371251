package org.entente.extraction.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompoundTest {

    @Test
    void pairCompoundNamesBothStates() {
        assertThat(Mentions.stateCodes("India-China relations and the Egypt–Ethiopia dispute"))
                .containsExactly("IND", "CHN", "EGY", "ETH");
    }

    @Test
    void ledCompoundKeepsTheLeaderAsActor() {
        assertThat(Mentions.in("the US-led coalition")).containsExactly("\"US\" → USA: short name");
    }

    @Test
    void madeCompoundKeepsTheMaker() {
        assertThat(Mentions.stateCodes("Turkish-made drones and China-manufactured rifles"))
                .containsExactly("TUR", "CHN");
    }

    @Test
    void antiAndProCompoundsNameNoActor() {
        assertThat(Mentions.of("anti-American protests and a pro-Soviet regime")).isEmpty();
    }

    @Test
    void basedCompoundIsAPlace() {
        assertThat(Mentions.of("a Tokyo-based think tank and an Athens based group")).extracting(ActorMention::kind)
                .containsExactly(Kind.LOCATION, Kind.LOCATION);
    }

    @Test
    void combiningFormsNameStatesBeforeAHyphen() {
        assertThat(Mentions.stateCodes("Sino-Indian war and Indo-Pak talks and Russo-Japanese war"))
                .containsExactly("CHN", "IND", "IND", "PAK", "RUS", "JPN");
    }

    @Test
    void combiningFormWithoutHyphenIsNothing() {
        assertThat(Mentions.of("Sino and Indo")).isEmpty();
    }

    @Test
    void indoPacificIsARegionNotIndia() {
        assertThat(Mentions.of("the Indo-Pacific")).extracting(ActorMention::kind).containsExactly(Kind.LOCATION);
    }

    @Test
    void hyphenatedNameMatchesWithOrWithoutHyphens() {
        assertThat(Mentions.of("Jaish-e-Mohammed and Jaish e Mohammed")).extracting(ActorMention::entity)
                .containsExactly("JeM", "JeM");
    }

    @Test
    void demonymPairCompoundNamesBoth() {
        assertThat(Mentions.stateCodes("Greek-Turkish ties")).containsExactly("GRC", "TUR");
    }
}
