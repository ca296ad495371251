package org.entente.extraction.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void capitalIsAMetonymForTheState() {
        assertThat(Mentions.in("Beijing warned New Delhi.")).containsExactly("\"Beijing\" → CHN: capital",
                "\"New Delhi\" → IND: capital");
    }

    @Test
    void seatOfGovernmentIsAMetonymToo() {
        assertThat(Mentions.in("talks in The Hague and Pretoria")).containsExactly(
                "\"The Hague\" → NLD: seat of government", "\"Pretoria\" → ZAF: seat of government");
    }

    @Test
    void cityIsAPlaceWithItsState() {
        ActorMention mention = Mentions.of("Militants struck in Mumbai.").get(1);
        assertThat(mention.kind()).isEqualTo(Kind.LOCATION);
        assertThat(mention.code()).isEqualTo("IND");
        assertThat(mention.reason()).isEqualTo("city");
    }

    @Test
    void provinceIsAPlaceNotAnActor() {
        assertThat(Mentions.of("militants in Xinjiang and Tigray")).extracting(ActorMention::kind)
                .containsExactly(Kind.NONSTATE, Kind.LOCATION, Kind.LOCATION);
    }

    @Test
    void disputedRegionHasNoCode() {
        assertThat(Mentions.of("the Kashmir dispute")).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(Kind.LOCATION);
            assertThat(m.code()).isNull();
        });
    }

    @Test
    void administeredPartsOfADisputedRegionHaveTheirState() {
        assertThat(Mentions.of("Azad Kashmir and Ladakh")).extracting(ActorMention::code)
                .containsExactly("PAK", "IND");
    }

    @Test
    void seaNamedForAStateIsNotTheState() {
        assertThat(Mentions.of("the Indian Ocean, the South China Sea and the Sea of Japan"))
                .extracting(ActorMention::kind).containsOnly(Kind.LOCATION).hasSize(3);
    }

    @Test
    void capitalBeforeAnotherCapitalisedWordIsPartOfAName() {
        assertThat(Mentions.of("the Paris Agreement")).isEmpty();
        assertThat(Mentions.of("a statue of George Washington")).isEmpty();
    }

    @Test
    void cityWithTheStateAfterACommaTakesTheLongerName() {
        assertThat(Mentions.of("Tripoli, Lebanon")).singleElement()
                .satisfies(m -> assertThat(m.code()).isEqualTo("LBN"));
    }

    @Test
    void israelsSeatsOfGovernment() {
        assertThat(Mentions.stateCodes("Jerusalem and Tel Aviv")).containsExactly("ISR", "ISR");
    }

    @Test
    void gazaIsPalestinianTerritory() {
        assertThat(Mentions.of("strikes on Gaza")).singleElement().satisfies(m -> {
            assertThat(m.code()).isEqualTo("PSE");
            assertThat(m.kind()).isEqualTo(Kind.LOCATION);
        });
    }
}
