package org.entente.extraction.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NonStateTest {

    @Test
    void islamicStateOfIraqAndSyriaNamesNeitherState() {
        assertThat(Mentions.in("the Islamic State of Iraq and Syria"))
                .containsExactly("\"Islamic State of Iraq and Syria\" → -: armed group");
    }

    @Test
    void isWithWordsOfWarIsTheIslamicState() {
        assertThat(Mentions.in("IS fighters captured the town after an offensive."))
                .containsExactly("\"IS fighters\" → -: armed group");
    }

    @Test
    void isWithoutWordsOfWarIsNothing() {
        assertThat(Mentions.of("The answer IS clear to Brazil.")).extracting(ActorMention::code)
                .containsExactly("BRA");
    }

    @Test
    void namedGroupsAreNonState() {
        assertThat(Mentions.of("al-Qaeda, Hezbollah, Boko Haram and the LTTE")).extracting(ActorMention::kind)
                .containsOnly(Kind.NONSTATE).hasSize(4);
    }

    @Test
    void demonymBeforeMilitantWordsIsAGroupNotTheState() {
        assertThat(Mentions.of("Syrian rebels attacked.")).singleElement()
                .satisfies(m -> {
                    assertThat(m.kind()).isEqualTo(Kind.NONSTATE);
                    assertThat(m.code()).isNull();
                    assertThat(m.text()).isEqualTo("Syrian rebels");
                });
    }

    @Test
    void peopleBeforeMilitantWordsAndAGroupWord() {
        assertThat(Mentions.in("Kurdish separatist groups")).containsExactly("\"Kurdish separatist groups\" → -: "
                + "militants");
    }

    @Test
    void namedGroupBeforeMilitantWordsKeepsTheGroup() {
        ActorMention mention = Mentions.of("Houthi rebels fired missiles").get(0);
        assertThat(mention.text()).isEqualTo("Houthi rebels");
        assertThat(mention.entity()).isEqualTo("Houthis");
    }

    @Test
    void demonymBeforeANamedGroupIsTheGroup() {
        ActorMention mention = Mentions.of("the Afghan Taliban and the Pakistani Taliban").get(1);
        assertThat(mention.entity()).isEqualTo("TTP");
        assertThat(Mentions.of("Iraqi Hezbollah")).extracting(ActorMention::kind).containsExactly(Kind.NONSTATE);
    }

    @Test
    void militantNounAloneIsAGroup() {
        assertThat(Mentions.in("Militants crossed the border from Mexico")).containsExactly(
                "\"Militants\" → -: militants", "\"Mexico\" → MEX: name");
    }

    @Test
    void militantAdjectiveNeedsAGroupWord() {
        assertThat(Mentions.in("an armed group")).containsExactly("\"armed group\" → -: militants");
        assertThat(Mentions.of("terrorist attacks")).isEmpty();
    }

    @Test
    void armedForcesAreNotAnArmedGroup() {
        assertThat(Mentions.in("the Kenyan armed forces")).containsExactly(
                "\"the Kenyan armed forces\" → KEN: institution");
    }

    @Test
    void partiesAndCompaniesAreNotTheirState() {
        assertThat(Mentions.of("the Bharatiya Janata Party and Pakistan State Oil and Saudi Aramco"))
                .extracting(ActorMention::kind).containsOnly(Kind.NONSTATE).hasSize(3);
    }

    @Test
    void currencyIsNotTheState() {
        assertThat(Mentions.of("The US dollar rose against the Indian rupee.")).isEmpty();
    }

    @Test
    void stateAgainstACurrencySignIsTheCurrency() {
        assertThat(Mentions.of("a loan of US$5 billion")).isEmpty();
    }

    @Test
    void mediaNamedForACapitalIsNotTheState() {
        assertThat(Mentions.of("the Tehran Times reported")).extracting(ActorMention::kind)
                .containsExactly(Kind.NONSTATE);
    }
}
