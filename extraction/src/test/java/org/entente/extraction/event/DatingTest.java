package org.entente.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which time expression dates an event. */
class DatingTest {

    @Test
    void aFrontedDateDatesTheClause() {
        assertThat(Coded.events("On 12 March 2015, Sudan expelled the Egyptian ambassador."))
                .containsExactly("SDN→EGY 161 2015-03-12");
    }

    @Test
    void eachVisitOfAListKeepsItsOwnDate() {
        assertThat(Coded.events("The visit of the Chilean minister to Lima in May 2016, the visit of the Peruvian "
                + "minister to Santiago in June 2016 and the visit of the Chilean president to Lima in 2017 "
                + "were important."))
                .containsExactly("CHL→PER 042 2016-05", "PER→CHL 042 2016-06", "CHL→PER 042 2017");
    }

    @Test
    void aYearAmongANounsModifiersDatesIt() {
        assertThat(Coded.events("The 1999 war with India was short, said Pakistan.")).isEmpty();
        assertThat(Coded.events("Pakistan fought the 1999 war with India.")).contains("PAK→IND 190 1999");
    }

    @Test
    void aDateBetweenAVerbAndItsContentDatesTheVerb() {
        String context = "In 2006 the presidents of Uruguay and Paraguay adopted a joint agenda. ";
        assertThat(Coded.events(context + "Uruguay agreed in 2010 to build a bridge with Paraguay."))
                .containsExactly("URY→PRY 030 2010");
        assertThat(Coded.events(context + "Uruguay agreed in March 2010 to cooperate with Paraguay on energy."))
                .isNotEmpty().allMatch(e -> e.endsWith(" 2010-03"));
    }

    @Test
    void sinceDatesTheActWhoseResultAPerfectPassiveTells() {
        assertThat(Coded.events("Diplomatic relations between Qatar and Bahrain have been severed since 2017."))
                .containsExactly("QAT→BHR 161 2017");
        assertThat(Coded.events("Bolivia has boycotted Chilean goods since 2010."))
                .isNotEmpty().noneMatch(e -> e.endsWith(" 2010"));
    }

    @Test
    void anActDatedByAListOfDatesHappenedAtEachOfThem() {
        assertThat(Coded.events("Erdogan visited Pakistan in 2016, 2020 and 2023."))
                .containsExactly("TUR→PAK 042 2016", "TUR→PAK 042 2020", "TUR→PAK 042 2023");
        assertThat(Coded.events("Japan sent aid to Nepal in May 2015 and again in 2022."))
                .contains("JPN→NPL 070 2015-05", "JPN→NPL 070 2022");
        assertThat(Coded.events("During the wars of 1965 and 1971, Turkey supported Pakistan."))
                .contains("TUR→PAK 050 1965", "TUR→PAK 050 1971");
    }

    @Test
    void theEndsOfAPeriodAreNotAListOfDates() {
        assertThat(Coded.events("Turkish troops trained Somali soldiers between 2017 and 2020."))
                .noneMatch(e -> e.endsWith(" 2020"));
    }

    @Test
    void anActInAClauseTiedByAfterTakesTheYearOfTheOtherClause() {
        assertThat(Coded.events("Relations cooled in 2019 after Chile expelled the Bolivian consul."))
                .containsExactly("CHL→BOL 161 2019");
        assertThat(Coded.events("Bolivia recalled its consul after Chile closed the border on 3 May 2019."))
                .contains("BOL→CHL 161 2019", "CHL→BOL 191 2019-05-03");
    }

    @Test
    void anActPlacedAtAThingNamedWithItsYearHappenedThatYear() {
        assertThat(Coded.events("Turkey sent relief to Pakistan during the 2005 earthquake."))
                .containsExactly("TUR→PAK 073 2005");
        assertThat(Coded.events("Turkey provided relief to Pakistan after the floods of 2022."))
                .containsExactly("TUR→PAK 073 2022");
        assertThat(Coded.events("Egypt's support for Syria during the 1973 war with Israel was decisive."))
                .anyMatch(e -> e.startsWith("EGY→SYR 05") && e.endsWith(" 1973"));
        assertThat(Coded.events("Turkey accused Greece of arming the islands in breach of the 1923 treaty."))
                .noneMatch(e -> e.endsWith(" 1923"));
    }

    @Test
    void aFrontedWhenClauseDatesTheClausesAfterButAndAnd() {
        assertThat(Coded.events("When Peru seized the border post in March 1995, Chile declared its neutrality "
                + "but backed Ecuador, and after Peru and Ecuador broke off relations it represented Ecuador in Lima."))
                .contains("PER→ECU 161 1995-03");
    }

    @Test
    void anAfterClauseTakesTheYearOfTheClauseItIsTiedTo() {
        assertThat(Coded.events("The contracts that Kenya and Uganda signed on 19 January 2009, after Uganda had "
                + "cut off fuel deliveries to Kenya for two weeks, expire on 31 December 2019."))
                .anyMatch(e -> e.startsWith("UGA→KEN 16") && e.endsWith(" 2009"));
    }

    @Test
    void aPassiveRelativeClauseOnRelationsIsItsOwnDatedAct() {
        assertThat(Coded.events("Bolivia and Chile are neighbours. In 1975 they restored relations, which had been "
                + "severed in 1962.")).contains("BOL→CHL 050 1975", "BOL→CHL 161 1962");
    }

    @Test
    void aVagueTimeGivesNoDate() {
        assertThat(Coded.events("In recent years Morocco has signed agreements with Nigeria."))
                .containsExactly("MAR→NGA 057 -");
    }

    @Test
    void aDurationIsNotADate() {
        assertThat(Coded.events("In April 2016 Armenia and Azerbaijan fought for four days."))
                .containsExactlyInAnyOrder("ARM→AZE 190 2016-04", "AZE→ARM 190 2016-04");
    }

    @Test
    void aBoundIsNotADate() {
        assertThat(Coded.events("Russia has occupied parts of Georgia since 2008.")).containsExactly("RUS→GEO 192 -");
    }

    @Test
    void aYearNamingAnotherThingIsNotTheEventsDate() {
        assertThat(Coded.events("Bolivia accused Chile of violating the 1904 treaty."))
                .containsExactly("BOL→CHL 112 -");
    }

    @Test
    void aParticiplePhraseBetweenCommasDatesTheNounItDescribes() {
        assertThat(Coded.events("Talks between Chad and Sudan, held in Doha in May 2009, broke down at once."))
                .contains("TCD→SDN 046 2009-05");
    }

    @Test
    void anAnnouncedIntentIsDatedWhenItWasAnnounced() {
        assertThat(Coded.events("The Kenyan president will visit Kampala next year, officials said in March 2019."))
                .containsExactly("KEN→UGA 036 2019-03");
    }

    @Test
    void anInWhichClauseAfterADateHappenedThen() {
        assertThat(Coded.events("A short war broke out in 1941, in which Peruvian troops invaded Ecuador."))
                .contains("PER→ECU 190 1941");
    }

    @Test
    void aDateInTheOfPhraseOfANamedThingIsNotTheEventsDate() {
        assertThat(Coded.events("On 4 May 2018 Eritrea and Ethiopia met in Jeddah and pledged to respect the Algiers "
                + "Agreement of December 2000.")).contains("ERI→ETH 040 2018-05-04");
    }

    @Test
    void aSceneDatedAtTheStartOfTheParagraphDatesTheNextSentencesToTheMonth() {
        String text = "On 10 May 2018, police raided the Kenyan embassy in Kampala. Weapons were found. "
                + "Uganda then expelled the Kenyan ambassador.";
        assertThat(Coded.events(text)).contains("UGA→KEN 161 2018-05");
    }

    @Test
    void aDateDoesNotCarryOverIntoTheNextParagraph() {
        String text = "On 10 May 2018, the talks failed.\n\nUganda expelled the Kenyan ambassador.";
        assertThat(Coded.events(text)).containsExactly("UGA→KEN 161 -");
    }

    @Test
    void aRelativeDateResolvesAgainstThePublicationDate() {
        assertThat(Coded.events("Last year Chile signed a trade pact with Peru.", "2021-06-01"))
                .containsExactly("CHL→PER 057 2020");
    }

    @Test
    void aDateAfterAndOnTheNextClauseBelongsToIt() {
        assertThat(Coded.events("In 2000 the Cuban foreign minister visited Caracas, and on 6 August 2002, "
                + "the Cuban president praised Venezuela."))
                .containsExactly("CUB→VEN 042 2000", "CUB→VEN 051 2002-08-06");
    }

    @Test
    void listedHappeningsShareTheDateAtTheEndOfTheList() {
        assertThat(Coded.events("The Iraqi invasion of Kuwait, the occupation of Kuwait and the war in 1990 "
                + "shocked Jordan.")).containsExactly("IRQ→KWT 190 1990");
    }

    @Test
    void aDateBeforeAnotherPhraseDoesNotDateANoun() {
        assertThat(Coded.events("The arrests in 2019 and later the Chinese invasion of Bhutan were reported."))
                .containsExactly("CHN→BTN 190 -");
    }

    @Test
    void aTemporalClauseOpeningTheSentenceDatesTheMainClause() {
        assertThat(Coded.events("When the Chilean president left Lima on 3 May 2011, both governments called his "
                + "state visit a success."))
                .containsExactly("CHL→PER 042 2011-05-03");
        assertThat(Coded.events("As Ghana hosted the summit in July 2019, Togo condemned Burkina Faso."))
                .contains("TGO→BFA 111 2019-07");
    }

    @Test
    void aPastEventTakesTheOneDateOfTheSentenceBeforeToTheMonth() {
        assertThat(Coded.events("Chile cut ties with Peru on 3 May 2011 after a border incident. "
                + "Bolivia also broke off relations with Peru."))
                .contains("BOL→PER 161 2011-05");
    }

    @Test
    void aPerfectOrABackgroundClauseDoesNotTakeTheDateOfTheSentenceBefore() {
        assertThat(Coded.events("Chile cut ties with Peru on 3 May 2011 after a border incident. "
                + "Bolivia has praised Peru."))
                .contains("BOL→PER 051 -");
        assertThat(Coded.events("Chile cut ties with Peru on 3 May 2011 after a border incident. "
                + "Although Bolivia praised Peru, its trade fell."))
                .contains("BOL→PER 051 -");
    }

    @Test
    void anUndatedEventInTheOpeningSceneOfANewsReportTakesTheScenesDate() {
        String report = "LIMA, Dec 8 - Chile and Peru signed a border protocol on Thursday.\n\n"
                + "The Chilean president, on his first trip abroad this term, also praised Bolivia.\n\n"
                + "BACKGROUND\n\n"
                + "Bolivia condemned Chile.";
        assertThat(Coded.events(report, "2023-12-08"))
                .contains("CHL→PER 057 2023-12-07", "CHL→BOL 051 2023-12-07", "BOL→CHL 111 -");
    }

    @Test
    void aSentenceTimedByAnOlderDateAnywhereEndsTheScene() {
        String report = "ACCRA, May 9 - Ghana and Togo signed a border protocol on Tuesday.\n\n"
                + "Togo had closed the crossing in March 2020, weeks into the pandemic. Accra protested.\n\n"
                + "Benin condemned Togo.";
        assertThat(Coded.events(report, "2024-05-09"))
                .contains("GHA→TGO 057 2024-05-07", "GHA→TGO 114 2020-03", "BEN→TGO 111 -");
    }

    @Test
    void aSceneSentenceRecallingAnOlderDateAfterItsOwnStaysInTheScene() {
        String report = "ACCRA, May 9 - Ghana and Togo reopened their border on Tuesday, the first crossing opened "
                + "since 2020.\n\nThe Ghanaian president also praised Benin.";
        assertThat(Coded.events(report, "2024-05-09")).contains("GHA→BEN 051 2024-05-07");
    }

    @Test
    void aPhraseOfSettingOpeningTheSentenceDatesItsRelativeClausesToo() {
        assertThat(Coded.events("At an AU summit in Addis Ababa in February 2019 Ethiopia and Eritrea signed an "
                + "accord under which Eritrea undertook to withdraw its troops from Ethiopia."))
                .contains("ERI→ETH 030 2019-02");
        assertThat(Coded.events("At an AU summit in Addis Ababa in February 2019 Ethiopia and Eritrea signed an "
                + "accord, which Eritrea had rejected in 2016."))
                .contains("ERI→ETH 120 2016");
    }

    @Test
    void aWhereClauseAfterTheDateOfAStayHappensThen() {
        assertThat(Coded.events("Ruto paid a state visit to Dodoma in May 2023, where the two presidents held talks on "
                + "the border.")).contains("KEN→TZA 042 2023-05", "KEN→TZA 046 2023-05");
    }

    @Test
    void aParticipleAfterAPastVerbIsToldInItsTenseAndContinuesTheNarrativeTime() {
        assertThat(Coded.events("Kenya closed its border with Somalia in June 2011. Nairobi protested at once, "
                + "accusing Mogadishu of sheltering militants.")).contains("KEN→SOM 112 2011-06");
    }

    @Test
    void aReportOpeningWithAnOlderDateHasNoScene() {
        assertThat(Coded.events("Chile praised Peru in 2015.\n\nBolivia condemned Peru.", "2023-12-08"))
                .contains("BOL→PER 111 -");
    }

    @Test
    void anUndatedPastEventContinuesTheTimeOfTheDatedSentenceBeforeIt() {
        String text = "The worst moment came in March 2012, when the talks collapsed. Somali officials wept. "
                + "Mogadishu lodged a formal protest with Nairobi.";
        assertThat(Coded.events(text)).containsExactly("SOM→KEN 114 2012-03");
    }

    @Test
    void aPerfectOrANounAfterATemporalPrepositionDoesNotInheritTheNarrativeTime() {
        assertThat(Coded.events("In June 2019 Sudan closed its border with Chad. Khartoum has since threatened Chad "
                + "with sanctions.")).containsExactly("SDN→TCD 191 2019-06", "SDN→TCD 1312 -");
        assertThat(Coded.events("In June 2019 Sudan closed its border with Chad. Ties were normalised following the "
                + "withdrawal of Sudanese troops from Chad.")).contains("SDN→TCD 0874 -");
    }

    @Test
    void aVagueTimeStopsTheNarrativeTimeButALengthOfTimeDoesNot() {
        assertThat(Coded.events("In May 2010 the summit failed. Recently, the talks stalled. "
                + "Kenya expelled the Somali ambassador.")).containsExactly("KEN→SOM 161 -");
        assertThat(Coded.events("Ghana recalled its envoy from Togo on 2 May 2011. Accra had resented the raids for "
                + "years. Benin also recalled its ambassador from Togo.")).contains("BEN→TGO 161 2011-05");
    }

    @Test
    void anIndefiniteCountOfDaysIsDatedByTheNarrative() {
        assertThat(Coded.events("Ghana recalled its envoy from Togo on 2 May 2011, after a dispute over fishing. "
                + "Accra had long resented the raids. Benin also recalled its ambassador from Togo within days."))
                .containsExactly("GHA→TGO 161 2011-05-02", "BEN→TGO 161 2011-05");
    }

    @Test
    void aNounsPhraseRunsOnOverActorsJoinedByAnd() {
        assertThat(Coded.events("Oman hosted three rounds of talks between Egyptian and Turkish diplomats in Muscat "
                + "in May 2021.")).anyMatch(e -> e.startsWith("EGY→TUR 046 2021-05"));
    }

    @Test
    void aWhenClauseAfterADateHappensAtThatDate() {
        assertThat(Coded.events("The crisis peaked on 3 March 2015, when Kenya expelled the Ugandan ambassador."))
                .containsExactly("KEN→UGA 161 2015-03-03");
        assertThat(Coded.events("The thaw came in May 2016, when Chile and Peru agreed to set up a hotline."))
                .containsExactly("CHL→PER 030 2016-05");
    }

    @Test
    void aPastActDoneByADateIsDatedByItButATargetIsNot() {
        assertThat(Coded.events("Kenya expelled the Ugandan diplomats by mid-March 1979."))
                .containsExactly("KEN→UGA 161 1979-03");
        assertThat(Coded.events("Last year Kenya agreed to double its trade with Uganda by 2030.", "2021-06-01"))
                .containsExactly("KEN→UGA 0311 2020");
    }

    @Test
    void theSceneOfANewsReportIsItsFirstDatedSentenceNotItsDateLine() {
        String text = "Talks in Nairobi\n\nMarch 12, 2021\n\nBy Jane Mwangi\n\nKenyan and Ugandan ministers met in "
                + "Nairobi on Tuesday. The talks lasted into the night.\n\nKenya also expelled the Ugandan ambassador.";
        assertThat(Coded.events(text, "2021-03-12")).contains("KEN→UGA 161 2021-03-09");
    }

    @Test
    void aDateInANameDoesNotSetTheNarrativeTime() {
        assertThat(Coded.events("Nairobi cited the Arusha Declaration of December 1991 in a long statement. "
                + "Kenya then expelled the Ugandan ambassador.")).containsExactly("KEN→UGA 161 -");
        assertThat(Coded.events("Nairobi issued a long statement in December 1991. "
                + "Kenya then expelled the Ugandan ambassador.")).containsExactly("KEN→UGA 161 1991-12");
    }

    @Test
    void anIntentToldInThePresentPerfectIsNewsOfTheTimeOfWriting() {
        assertThat(Coded.events("Kenya and Uganda have agreed to broaden their security cooperation.", "2021-06-01"))
                .containsExactly("KEN→UGA 0312 2021-06-01");
        assertThat(Coded.events("Kenya has threatened Uganda with sanctions.", "2021-06-01"))
                .containsExactly("KEN→UGA 1312 -");
    }

    @Test
    void aPastActInAWhoClauseContinuesTheTimeOfTheSentenceBefore() {
        assertThat(Coded.events("Chile and Bolivia share a long border. The crisis peaked in Arica on 4 May 2015,"
                + " when the two navies shadowed each other. The Chilean minister, who criticised Bolivia in a"
                + " speech, resigned."))
                .contains("CHL→BOL 111 2015-05");
    }

    @Test
    void talksThatFollowedTakeTheDateOfTheSentenceBefore() {
        assertThat(Coded.events("Chile and Bolivia share a long border. On 4 May 2015 the Chilean president met"
                + " the Bolivian president in La Paz. Talks followed in Santiago and La Paz."))
                .contains("CHL→BOL 046 2015-05");
    }
}
