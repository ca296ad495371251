package org.entente.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Consultations and verbal conflict (CAMEO 01-02, 04, 10-11) whose other side the sentence does not name: an object
 * pronoun, a counterpart met on a visit, the article's pair for its talks, the other state of the pair for a
 * reaction by several states.
 */
class ConsultationFramesTest {

    private static final String RUSSIA_TURKEY = "Russia and Turkey compete in Syria. Vladimir Putin won the election"
            + " in 2018. ";
    private static final String CHILE_ARGENTINA = "Chile and Argentina share a long border. ";

    @Test
    void aNameAfterCommaAndBeforeAPastVerbIsTheSubjectOfANewClauseNotAPlaceInTheListBefore() {
        assertThat(Coded.events("In 2022 Ruto travelled to Kampala, and Museveni visited Nairobi in May."))
                .containsExactlyInAnyOrder("KEN→UGA 042 2022", "UGA→KEN 042 2022-05");
    }

    @Test
    void aPronounJoinedToANamedLeaderIsASubjectToo() {
        assertThat(Coded.events("Ruto visited Dodoma in May 2023, where he and President Samia Suluhu Hassan held "
                + "talks on the border.")).contains("KEN→TZA 046 2023-05");
        assertThat(Coded.events("Tinubu flew to Accra in 2024, where he and Mahama agreed to expand trade."))
                .anyMatch(e -> e.startsWith("NGA→GHA 03"));
    }

    @Test
    void leadersShakingHandsMet() {
        assertThat(Coded.events("Ruto and Museveni shook hands at the opening of the summit in Arusha in June 2022."))
                .containsExactly("KEN→UGA 040 2022-06");
    }

    @Test
    void talksInAPhraseOfTimeAreTheClauseSubjectsWithTheirPartner() {
        assertThat(Coded.events("In May 2018 Ghana reopened the crossing after talks with Togolese President Faure "
                + "Gnassingbe.")).contains("GHA→TGO 046 2018-05");
        assertThat(Coded.events("Following consultations with Qatar in 2017, Oman eased its airspace rules."))
                .contains("OMN→QAT 040 2017");
    }

    @Test
    void talksBeforeAnAgreementAreNotWhatWasAgreed() {
        assertThat(Coded.events("In 2018 Ghana agreed to open a consulate in Lome after talks with Togo."))
                .contains("GHA→TGO 030 2018", "GHA→TGO 046 2018").noneMatch(e -> e.contains(" 036 "));
        assertThat(Coded.events("In 2018 Ghana agreed to hold talks with Togo.")).containsExactly("GHA→TGO 036 2018");
    }

    @Test
    void anObjectPronounIsAPersonOfAnotherStateThanTheAgent() {
        assertThat(Coded.events(RUSSIA_TURKEY + "On 3 February 2019 President Recep Tayyip Erdogan spoke to him"
                + " by phone."))
                .contains("TUR→RUS 041 2019-02-03");
    }

    @Test
    void aPossessiveHerIsStillTheAgentsOwn() {
        assertThat(Coded.events("In 2021 the German chancellor Angela Merkel met her French counterpart."))
                .contains("DEU→FRA 040 2021")
                .noneMatch(e -> e.startsWith("DEU→DEU"));
    }

    @Test
    void aCondemnationBySeveralStatesAnswersTheOtherStateOfThePair() {
        String text = "Brazil and Paraguay share the Itaipu reservoir. Paraguay said in 2019 that Brazil owed it"
                + " money. Paraguay began a second flooding of the valley in June 2020. Brazil and Argentina"
                + " condemned the second flooding in July 2020.";
        assertThat(Coded.events(text))
                .contains("BRA→PRY 111 2020-07", "ARG→PRY 111 2020-07")
                .doesNotContain("BRA→ARG 111 2020-07", "ARG→BRA 111 2020-07");
    }

    @Test
    void twoStatesOfThePairCondemningTogetherGetNoGuessedTarget() {
        String text = "Brazil and Paraguay share the Itaipu reservoir. Brazil and Paraguay condemned the decree"
                + " in 2020.";
        assertThat(Coded.events(text)).noneMatch(e -> e.contains(" 111 ") && e.endsWith("2020")
                && !e.startsWith("BRA→PRY") && !e.startsWith("PRY→BRA"));
    }

    @Test
    void condolencesWithoutATargetGoToTheOtherStateOfThePair() {
        assertThat(Coded.events(CHILE_ARGENTINA + "When the earthquake struck Chile in 2010, Argentine officials"
                + " were quick to offer condolences."))
                .contains("ARG→CHL 018 2010");
    }

    @Test
    void anApologyWithoutATargetGoesToTheOtherStateOfThePair() {
        assertThat(Coded.events("Japan and China read their history differently. China asked for an apology. In"
                + " 1995 Japan offered an apology for the occupation."))
                .contains("JPN→CHN 055 1995");
    }

    @Test
    void expressingRemorseOrSympathyIsAnApologyOrCondolences() {
        assertThat(Coded.events("Belgium and Congo read their history differently. In June 2020 Belgium expressed"
                + " its deepest regrets and remorse for the colonial period."))
                .contains("BEL→COD 055 2020-06");
        assertThat(Coded.events("In March 2011 Seoul conveyed its sympathies to Tokyo after the tsunami."))
                .contains("KOR→JPN 018 2011-03");
        assertThat(Coded.events("In 2019 Hungary expressed surprise at the result."))
                .noneMatch(e -> e.contains(" 018 ") || e.contains(" 055 "));
    }

    @Test
    void aCounterClaimAgainstAStateIsALawsuit() {
        assertThat(Coded.events("In June 2016 Santiago brought a counter-claim against La Paz over the Silala."))
                .containsExactly("CHL→BOL 115 2016-06");
    }

    @Test
    void takingAStateToACourtOrTribunalIsALawsuit() {
        assertThat(Coded.events("In 2016 Timor-Leste took Australia to international arbitration over the sea"
                + " border."))
                .contains("TLS→AUS 115 2016");
        assertThat(Coded.events("In 2019 the Gambia dragged Myanmar to the International Court of Justice."))
                .contains("GMB→MMR 115 2019");
        assertThat(Coded.events("In 2016 Australia took steps to calm Timor-Leste.")).noneMatch(e -> e.contains(" 115 "));
    }

    @Test
    void aReturnedVisitIsAVisitTheOtherWay() {
        String pair = "Ghana and Nigeria are neighbours. In March 2015 the Ghanaian president visited Abuja. ";
        assertThat(Coded.events(pair + "In 2016 the visit was reciprocated by the Nigerian vice president."))
                .contains("GHA→NGA 042 2015-03", "NGA→GHA 042 2016");
        assertThat(Coded.events(pair + "In May 2016 the Nigerian foreign minister returned the visit."))
                .contains("NGA→GHA 042 2016-05");
        assertThat(Coded.events(pair + "In 2016 Ghana expelled a Nigerian diplomat and Nigeria reciprocated by"
                + " expelling a Ghanaian one.")).noneMatch(e -> e.startsWith("NGA→GHA 042"));
    }

    @Test
    void aVisitAfterDuringSharesTheDateOfTheActItFrames() {
        assertThat(Coded.events("Ghana and Nigeria are neighbours. Nigeria praised Ghana's gas policy in May 2014"
                + " during the Ghanaian president's three-day visit to Abuja."))
                .contains("NGA→GHA 051 2014-05", "GHA→NGA 042 2014-05");
    }

    @Test
    void hostedRoundsOfTalksAreTheHostsMediationDatedByTheTalks() {
        assertThat(Coded.events("Kenya hosted five rounds of talks between Ethiopian and Eritrean officials in"
                + " Nairobi in April 2021."))
                .contains("KEN→ETH 045 2021-04", "KEN→ERI 045 2021-04");
    }

    @Test
    void aBetweenPhraseKeepsItsSecondMemberBeforeAVerb() {
        assertThat(Coded.events("Negotiations between Peru and Ecuador were held in 2022."))
                .containsExactly("PER→ECU 046 2022");
    }

    @Test
    void aVisitWithAForeignCounterpartIsAlsoAMeetingWithHisState() {
        assertThat(Coded.events(CHILE_ARGENTINA + "In May 2019 the Chilean foreign minister visited the flooded"
                + " valley with his Argentine counterpart."))
                .contains("CHL→ARG 040 2019-05");
        assertThat(Coded.events("In 2016 the Kenyan president travelled to Juba with the Ugandan president."))
                .contains("KEN→SSD 042 2016", "KEN→UGA 040 2016");
    }

    @Test
    void aWithPhraseOfALaterPhraseIsNoCompanion() {
        assertThat(Coded.events("The Kenyan president visited Kampala in 2016 and, at a dinner with the Tanzanian"
                + " president, praised the railway."))
                .contains("KEN→UGA 042 2016")
                .noneMatch(e -> e.startsWith("KEN→TZA 040"));
    }

    @Test
    void datedTalksWithoutSidesAreTheArticlesPair() {
        assertThat(Coded.events(CHILE_ARGENTINA + "Argentina and Chile held talks in 2018. Four rounds of talks"
                + " followed in Santiago and Buenos Aires in 2019."))
                .contains("CHL→ARG 046 2019");
        assertThat(Coded.events("India and Nepal dispute the Kalapani strip. Border talks had begun on 4 May 2021"
                + " and reached their tenth round in 2023."))
                .contains("IND→NPL 046 2021-05-04");
        assertThat(Coded.events("Spain and Morocco are neighbours. After a second phone call on 8 April 2019, the"
                + " two governments reopened the border."))
                .contains("ESP→MAR 041 2019-04-08");
    }

    @Test
    void talksInAThirdStateOrUndatedTalksAreNotGivenThePair() {
        assertThat(Coded.events("Serbia and Kosovo remain apart. Exploratory talks resumed in Brussels in March"
                + " 2021.")).noneMatch(e -> e.contains(" 046 "));
        assertThat(Coded.events("Serbia and Kosovo remain apart. Talks are the only way forward."))
                .noneMatch(e -> e.contains(" 046 "));
    }

    @Test
    void aNounSubjectIsDatedByItsPredicateAfterAnAuxiliary() {
        assertThat(Coded.events("In 2021 the Peruvian army chief was in Quito. Border talks between Peru and"
                + " Ecuador were held in 2022."))
                .contains("PER→ECU 046 2022");
    }

    @Test
    void talksNamedOnlyByThePairsCitiesAreThePairsAndTakeTheNarrativeDate() {
        String text = "Colombia and Ecuador have argued over the border for years.\n\nNegotiations resumed in"
                + " Bogotá in May 2012 after a long pause.\n\n* On 2 June 2012 the two foreign ministers met in"
                + " Quito.\n* Three rounds of talks followed in Quito and Bogotá.";
        assertThat(Coded.events(text)).contains("COL→ECU 046 2012-05", "COL→ECU 046 2012-06");
    }

    @Test
    void talksInAThirdStatesCityAreNotGivenToThePair() {
        String text = "Colombia and Ecuador have argued over the border for years. Three rounds of talks followed"
                + " in Lima and Quito.";
        assertThat(Coded.events(text)).noneMatch(e -> e.contains(" 046 "));
    }

    @Test
    void aMeetingThatATripWasForIsTheVisitorsWithTheStateVisitedOnTheTripsDate() {
        assertThat(Coded.events("Prime Minister Abiy Ahmed flew to Nairobi in May 2019 for a second summit at State"
                + " House."))
                .contains("ETH→KEN 042 2019-05", "ETH→KEN 040 2019-05");
        assertThat(Coded.events("The Chilean president, who returned the visit for talks in Lima in 2018, spoke"
                + " well of Peru."))
                .contains("CHL→PER 046 2018");
    }

    @Test
    void aNamedGatheringATripWasForIsNoMeetingOfTwo() {
        assertThat(Coded.events("President Lula visited Santiago in May 2024 for the Pacific Alliance Summit."))
                .contains("BRA→CHL 042 2024-05")
                .noneMatch(e -> e.contains(" 040 "));
    }

    @Test
    void furtherFormsOfConsultationVerbsAndNouns() {
        assertThat(Coded.events("In June 2019 Kenya was hosting the Ethiopian foreign minister."))
                .contains("KEN→ETH 043 2019-06");
        assertThat(Coded.events("In 2015 the Bolivian president toured Argentina."))
                .contains("BOL→ARG 042 2015");
        assertThat(Coded.events("In 2016 the Peruvian foreign minister held a consultation with his Chilean"
                + " counterpart."))
                .contains("PER→CHL 040 2016");
    }
}
