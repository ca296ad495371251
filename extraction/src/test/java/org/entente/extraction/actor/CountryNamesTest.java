package org.entente.extraction.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryNamesTest {

    @Test
    void commonNameResolvesToItsCode() {
        assertThat(Mentions.in("Egypt and Ethiopia resumed talks on the dam."))
                .containsExactly("\"Egypt\" → EGY: name", "\"Ethiopia\" → ETH: name");
    }

    @Test
    void officialNameIsOneMentionNotTheCountryInsideIt() {
        assertThat(Mentions.in("The Islamic Republic of Iran protested."))
                .containsExactly("\"Islamic Republic of Iran\" → IRN: official name");
    }

    @Test
    void shortFormsOfTheUnitedStates() {
        assertThat(Mentions.stateCodes("The US, the U.S., the USA and America, and later the States."))
                .containsExactly("USA", "USA", "USA", "USA", "USA");
    }

    @Test
    void lowerCaseUsIsAPronounNotAState() {
        assertThat(Mentions.of("Let us hope Mexico listens to us.")).extracting(ActorMention::code)
                .containsExactly("MEX");
    }

    @Test
    void acronymAtTheEndOfASentenceKeepsItsPeriod() {
        assertThat(Mentions.in("The talks were held in the U.S."))
                .containsExactly("\"U.S.\" → USA: short name");
    }

    @Test
    void britainAndTheUnitedKingdomAreOneState() {
        assertThat(Mentions.stateCodes("Britain, Great Britain, the UK and the U.K. signed."))
                .containsOnly("GBR").hasSize(4);
    }

    @Test
    void turkeyTheBirdIsNotTheState() {
        assertThat(Mentions.of("They ate turkey while Turkey and Greece argued."))
                .extracting(ActorMention::code).containsExactly("TUR", "GRC");
    }

    @Test
    void chinaTheMaterialIsNotTheState() {
        assertThat(Mentions.of("The fine china was a gift from China.")).extracting(ActorMention::code)
                .containsExactly("CHN");
    }

    @Test
    void turkiyeWithAndWithoutAccentIsTurkey() {
        assertThat(Mentions.stateCodes("Türkiye and Turkiye and the Republic of Türkiye")).containsOnly("TUR")
                .hasSize(3);
    }

    @Test
    void ivoryCoastUnderBothNames() {
        assertThat(Mentions.stateCodes("Ivory Coast, Côte d'Ivoire and Cote d’Ivoire")).containsOnly("CIV")
                .hasSize(3);
    }

    @Test
    void koreasAreTwoStates() {
        assertThat(Mentions.stateCodes("The DPRK fired at the ROK; North Korea warned South Korea."))
                .containsExactly("PRK", "KOR", "PRK", "KOR");
    }

    @Test
    void formerNamesOfTheSameStateKeepTheirCode() {
        assertThat(Mentions.in("Persia, Burma and Ceylon")).containsExactly("\"Persia\" → IRN: historical name",
                "\"Burma\" → MMR: historical name", "\"Ceylon\" → LKA: historical name");
    }

    @Test
    void dissolvedStatesHaveTheirOwnCodes() {
        assertThat(Mentions.stateCodes("the Soviet Union, the USSR, East Germany, the GDR, Yugoslavia and "
                + "Czechoslovakia")).containsExactly("SUN", "SUN", "DDR", "DDR", "YUG", "CSK");
    }

    @Test
    void westGermanyIsGermany() {
        assertThat(Mentions.stateCodes("West Germany and the Federal Republic of Germany")).containsOnly("DEU");
    }

    @Test
    void nameInsideALongerNameOfAnotherStateIsNotRead() {
        assertThat(Mentions.stateCodes("Papua New Guinea, Equatorial Guinea and Guinea-Bissau"))
                .containsExactly("PNG", "GNQ", "GNB");
    }

    @Test
    void southSudanIsNotSudan() {
        assertThat(Mentions.stateCodes("South Sudan accused Sudan.")).containsExactly("SSD", "SDN");
    }

    @Test
    void possessiveLeavesTheNameAlone() {
        assertThat(Mentions.in("India's and Japan’s navies")).contains("\"India\" → IND: name");
        assertThat(Mentions.of("Mexicans' remittances")).extracting(ActorMention::text).containsExactly("Mexicans");
    }

    @Test
    void givenNameJordanIsNotTheState() {
        assertThat(Mentions.of("A poster of Michael Jordan hangs in Jordan.")).extracting(ActorMention::start)
                .containsExactly(36);
    }

    @Test
    void chadBeforeASurnameIsAPerson() {
        assertThat(Mentions.of("Chad Smith praised the troops.")).isEmpty();
        assertThat(Mentions.stateCodes("Chad and Niger closed the border.")).containsExactly("TCD", "NER");
    }

    @Test
    void headlineInCapitalsStillNamesStates() {
        assertThat(Mentions.stateCodes("INDIA AND CHINA AGREE TO TALK")).containsExactly("IND", "CHN");
    }

    @Test
    void twoLetterAcronymInACapitalisedHeadlineIsNotTrusted() {
        assertThat(Mentions.stateCodes("LET US TALK ABOUT MEXICO")).containsExactly("MEX");
    }

    @Test
    void taiwanAndTheRepublicOfChinaAreTaiwan() {
        assertThat(Mentions.stateCodes("Taiwan, the Republic of China, and the People's Republic of China"))
                .containsExactly("TWN", "TWN", "CHN");
    }

    @Test
    void kosovoHasTheUserAssignedCode() {
        assertThat(Mentions.stateCodes("Serbia does not recognise Kosovo.")).containsExactly("SRB", "XKX");
    }
}
