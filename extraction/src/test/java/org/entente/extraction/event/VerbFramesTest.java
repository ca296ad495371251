package org.entente.extraction.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who acts on whom with a verb trigger: subjects, objects, prepositional targets, voice, lists, clauses. */
class VerbFramesTest {

    @Test
    void aVisitGoesFromTheSubjectToTheObject() {
        assertThat(Coded.events("In 2019, the Indian foreign minister visited Beijing."))
                .containsExactly("IND→CHN 042 2019");
    }

    @Test
    void aTitledPersonJoinedByAndIsASecondAgent() {
        assertThat(Coded.events("In May 2023 Peru and President Boric met in Lima."))
                .containsExactly("PER→CHL 040 2023-05");
        assertThat(Coded.events("Kenya and the Ugandan president Museveni held talks on 4 June 2024."))
                .containsExactly("KEN→UGA 046 2024-06-04");
    }

    @Test
    void aSentenceOpeningWithTheyOrTheirIsAboutTheTwoStatesTheSentenceBeforeOpenedWith() {
        assertThat(Coded.events("Uruguay and Paraguay restored ties in 1975. They met again in Asunción in 1980."))
                .contains("URY→PRY 040 1980");
        assertThat(Coded.events("The two countries fought a border war in 1932. Their foreign ministers met in "
                + "La Paz in 1938.", "2020-01-01")).isEmpty();
        assertThat(Coded.events("Bolivia and Paraguay fought a border war in 1932. Their foreign ministers met in "
                + "Buenos Aires in 1938.")).contains("BOL→PRY 040 1938");
        assertThat(Coded.events("Argentine and Brazilian troops took part in the exercise in 2005. In 2006 they "
                + "held a joint exercise again.")).contains("ARG→BRA 062 2006");
    }

    @Test
    void theyAfterASentenceOfOneStateActingOnAnotherIsThoseTwo() {
        assertThat(Coded.events("The Uruguayan foreign minister met Argentina's president in 2006. They pledged to "
                + "cooperate on the river in 2006.")).anyMatch(e -> e.startsWith("URY→ARG 03") && e.endsWith("2006"));
    }

    @Test
    void theyIsNotReadAsTwoStatesWhenTheSentenceBeforeNamedMore() {
        assertThat(Coded.events("Uruguay protested to Argentina and Brazil in 2006. They met in 2007."))
                .noneMatch(e -> e.endsWith(" 2007"));
    }

    @Test
    void thePairPhraseOfASentenceThatNamesTwoOtherStatesBeforeItIsThoseTwo() {
        String context = "Japan and the Philippines signed a pact in 2024. Japan is the Philippines' largest donor. ";
        assertThat(Coded.events(context + "Kishida spoke with the Chinese premier in Seoul in May 2024, and the two "
                + "leaders agreed to resume talks.")).contains("JPN→CHN 041 2024-05", "JPN→CHN 036 2024-05")
                .noneMatch(e -> e.contains("PHL") && e.contains("2024-05"));
    }

    @Test
    void thePairPhraseOpeningASentenceIsTheDocumentsPairWhateverTheSentenceBeforeNamed() {
        String context = "Japan and the Philippines signed a pact in 2019. The United States and China traded "
                + "accusations. ";
        assertThat(Coded.events(context + "In 2023 both countries signed a defence agreement."))
                .contains("JPN→PHL 057 2023").noneMatch(e -> e.endsWith(" 2023") && e.contains("USA"));
    }

    @Test
    void aPossessiveInAnOpeningPhraseIsThePersonWhoIsTheSubjectAfterIt() {
        assertThat(Coded.events("The Estonian prime minister visited Vilnius in April 2024. During his visit to "
                + "Warsaw in May 2024, the Lithuanian president discussed energy with Polish leaders."))
                .contains("LTU→POL 042 2024-05").doesNotContain("EST→POL 042 2024-05");
    }

    @Test
    void aPossessiveInAnOpeningPhraseBeforeANonPersonSubjectIsReadAsBefore() {
        assertThat(Coded.events("The Estonian prime minister arrived in Vilnius in April 2024. During his visit "
                + "to Lithuania, the two countries signed a pact on energy."))
                .contains("EST→LTU 042 2024-04");
    }

    @Test
    void afterOrBeforeWithAnActorAndAVerbOpensAClauseWhoseSubjectIsThatActor() {
        String context = "Bolivia and Chile are neighbours. ";
        assertThat(Coded.events(context + "Tensions rose after Peru protested to Chile in 2019."))
                .containsExactly("PER→CHL 114 2019");
        assertThat(Coded.events(context + "Bolivia recalled its consul after Chile closed the border in 2019."))
                .contains("BOL→CHL 161 2019", "CHL→BOL 191 2019");
        assertThat(Coded.events(context + "Bolivia recalled its consul after Chile's decision in 2019."))
                .containsExactly("BOL→CHL 161 2019");
    }

    @Test
    void aPairPhraseThatIsTheObjectOfAnotherVerbIsNotTheSidesOfANounBeforeIt() {
        assertThat(Coded.events("Kenya and Somalia are neighbours. The Ogaden war in 1977 further strained relations "
                + "between the two countries.")).noneMatch(e -> e.contains("KEN") && e.contains(" 190 "));
        assertThat(Coded.events("Kenya and Somalia are neighbours. Talks were held between the two countries in "
                + "2019.")).contains("KEN→SOM 046 2019");
    }

    @Test
    void aJointNounAboutAnotherStateIsNotAnActOfThePairTheSentenceNames() {
        assertThat(Coded.events("Kenya and Ethiopia are neighbours. The two countries share positions on trade, "
                + "the war in Yemen and migration.")).isEmpty();
    }

    @Test
    void theObjectOfACausativeVerbDoesTheActOfTheInfinitive() {
        assertThat(Coded.events("The incident forced Kenya to close the border with Somalia in 2019."))
                .containsExactly("KEN→SOM 191 2019");
        assertThat(Coded.events("Pressure from Washington led Somalia to expel the Kenyan ambassador in 2020."))
                .containsExactly("SOM→KEN 161 2020");
    }

    @Test
    void theObjectOfAnAppealIsAskedNotMadeToAct() {
        assertThat(Coded.events("Somalia urged Kenya to withdraw its troops in 2020."))
                .noneMatch(e -> e.startsWith("KEN→SOM"));
    }

    @Test
    void agentsActingOnAThingDoNotActOnEachOther() {
        assertThat(Coded.events("In 2021 Iran and Pakistan recognised the importance of the joint commission."))
                .isEmpty();
        assertThat(Coded.events("In May 2019 both Canada and Mexico lifted their tariffs."))
                .contains("CAN→MEX 085 2019-05", "MEX→CAN 085 2019-05");
    }

    @Test
    void aPersonWithAnAppositionAfterAnOpeningClauseIsTheSubject() {
        assertThat(Coded.events("At a time when Iran sought closer ties with New Delhi, General Qamar Javed Bajwa, "
                + "the army chief, paid a visit to Iran in November 2017."))
                .contains("PAK→IRN 042 2017-11").noneMatch(e -> e.startsWith("IND"));
    }

    @Test
    void namesInAnAppositionAfterACommaAreNotAddedToTheListBeforeIt() {
        assertThat(Coded.events("The foreign ministers of Iran and Saudi Arabia, Prince Faisal and Hossein "
                + "Amirabdollahian, met in Beijing on 6 April 2023.")).containsExactly("SAU→IRN 040 2023-04-06");
    }

    @Test
    void aVisitToACityIsAVisitToItsState() {
        assertThat(Coded.events("In March 2015 the Kenyan president visited Mogadishu."))
                .containsExactly("KEN→SOM 042 2015-03");
    }

    @Test
    void aMeetingTakesItsTargetFromTheWithPhrase() {
        assertThat(Coded.events("In 2018 Brazil's foreign minister met with his Argentine counterpart."))
                .contains("BRA→ARG 040 2018");
    }

    @Test
    void aMeetingInTheTargetsCapitalIsAlsoAVisit() {
        assertThat(Coded.events("In May 2022 the Moroccan king met the Algerian president in Algiers."))
                .contains("MAR→DZA 040 2022-05", "MAR→DZA 042 2022-05");
    }

    @Test
    void theSubjectIsNotTakenFromAPrepositionalPhrase() {
        assertThat(Coded.events("In 2011, after talks in Moscow, Georgia recognised Kosovo."))
                .contains("GEO→XKX 054 2011")
                .noneMatch(e -> e.startsWith("RUS→"));
    }

    @Test
    void coordinatedSubjectsSignJointlyOnce() {
        assertThat(Coded.events("In 2007 Peru and Chile signed a fisheries agreement."))
                .containsExactly("PER→CHL 057 2007");
    }

    @Test
    void aListOfTargetsGivesOneEventEach() {
        assertThat(Coded.events("In 2016 Egypt blamed Sudan, Ethiopia and Qatar for the crisis."))
                .containsExactlyInAnyOrder("EGY→SDN 112 2016", "EGY→ETH 112 2016", "EGY→QAT 112 2016");
    }

    @Test
    void anAppositionAfterTheTargetIsNotAnotherTarget() {
        assertThat(Coded.events("In 2019 Vietnam condemned China, its largest trading partner, over the survey."))
                .containsExactly("VNM→CHN 111 2019");
    }

    @Test
    void aCoordinatedVerbSharesTheSubject() {
        assertThat(Coded.events("In 2014 the Japanese prime minister visited Delhi and met the Indian president."))
                .contains("JPN→IND 042 2014", "JPN→IND 040 2014");
    }

    @Test
    void itOpeningASentenceIsTheStateThePreviousSentenceWasAbout() {
        assertThat(Coded.events("In 2019 Ghana closed its border to Togolese traders. In October it expelled "
                + "the ambassador of Benin.")).contains("GHA→BEN 161 2019-10");
        assertThat(Coded.events("In 2019 talks with Ghana failed. In October it expelled the ambassador of Benin."))
                .contains("GHA→BEN 161 2019-10");
    }

    @Test
    void aChainOfSentencesOpeningWithItKeepsTheirFirstSubject() {
        assertThat(Coded.events("Accra then turned to its neighbour. In May 2019 it closed the border with Togo. "
                + "In June 2019 it expelled the ambassador of Benin.")).contains("GHA→BEN 161 2019-06");
    }

    @Test
    void aRelativeClauseAfterAPluralNounIsDoneByThatNounNotTheMainSubject() {
        assertThat(Coded.events("In 2008 Belgrade expelled the ambassadors of several states that recognised "
                + "Kosovo.")).noneMatch(e -> e.contains(" 054 "));
        assertThat(Coded.events("In 2012 Sudan recalled its envoys from capitals that had backed South Sudan."))
                .noneMatch(e -> e.startsWith("SDN→SSD 05"));
    }

    @Test
    void aRelativeClauseTakesItsSubjectFromWhatItFollows() {
        assertThat(Coded.events("In 2017 it was the Chinese defence minister who visited Islamabad."))
                .contains("CHN→PAK 042 2017");
    }

    @Test
    void thePassiveTurnsTheSubjectIntoTheTarget() {
        assertThat(Coded.events("In 1990 Kuwait was invaded by Iraq.")).containsExactly("IRQ→KWT 190 1990");
    }

    @Test
    void aPassiveTrainingPlaceIsTheTrainer() {
        assertThat(Coded.events("Kenyan officers were trained in India in 2015.")).containsExactly("IND→KEN 062 2015");
    }

    @Test
    void anOfficeHolderNamedAgainBySurnameActsForHisState() {
        assertThat(Coded.events("Kenyan Interior Minister Paul Otieno visited Kampala in 2019. In 2020 Otieno "
                + "accused Uganda of arming the rebels.")).contains("KEN→UGA 112 2020");
    }

    @Test
    void attackersBackedByAStateAreNoStateSupported() {
        assertThat(Coded.events("In 2021 Kenya said the attackers were backed by the Ugandan state."))
                .noneMatch(e -> e.contains(" 05"));
    }

    @Test
    void aStateNamedInAnAppositionDescribesTheSubjectNotActs() {
        assertThat(Coded.events("In 2016 Russia, an ally of Armenia, moved brigades to the border with Azerbaijan."))
                .containsExactly("RUS→AZE 150 2016");
        assertThat(Coded.events("In 2016 Russia, Armenia's ally, moved brigades to the border with Azerbaijan."))
                .containsExactly("RUS→AZE 150 2016");
    }

    @Test
    void jointExercisesArePracticalMilitaryCooperation() {
        assertThat(Coded.events("In 2019 the Indian and Vietnamese navies held joint exercises in the bay."))
                .containsExactly("IND→VNM 062 2019");
        assertThat(Coded.events("In 2019 Egypt held joint naval drills with Greece.")).containsExactly("EGY→GRC 062 2019");
        assertThat(Coded.events("In 2019 Egypt held its annual military exercises near the Libyan border.")).isEmpty();
    }

    @Test
    void detainingAnotherStatesVesselSeizesIt() {
        assertThat(Coded.events("In 2022 the Indonesian navy detained a Vietnamese fishing boat near Natuna."))
                .containsExactly("IDN→VNM 171 2022");
    }

    @Test
    void congratulatingAnotherStatesLeaderPraisesIt() {
        assertThat(Coded.events("In 2018 Japan congratulated the Malaysian prime minister on his victory."))
                .containsExactly("JPN→MYS 051 2018");
    }

    @Test
    void recallingOwnAmbassadorWithoutAPlaceIsAimedAtTheOtherStateOfThePair() {
        assertThat(Coded.events("Chad and Sudan clashed in 2005. Chad recalled its ambassador in March 2006."))
                .contains("TCD→SDN 161 2006-03");
        assertThat(Coded.events("In 2006 Chad recalled its ambassador from Libya.")).containsExactly("TCD→LBY 161 2006");
    }

    @Test
    void anEnvoysExpulsionIsAnActAgainstHisState() {
        assertThat(Coded.events("In 2018 Britain expelled 23 Russian diplomats."))
                .containsExactly("GBR→RUS 161 2018");
    }

    @Test
    void expellingSomethingOtherThanAnEnvoyIsNotADiplomaticAct() {
        assertThat(Coded.events("In 2018 Britain expelled Russian journalists.")).isEmpty();
    }

    @Test
    void anAmbassadorIsRecalledFromTheOtherState() {
        assertThat(Coded.events("In 2020 Algeria recalled its ambassador from Paris."))
                .containsExactly("DZA→FRA 161 2020");
    }

    @Test
    void heIsTheLeaderNamedBefore() {
        assertThat(Coded.events("In 2015 the Egyptian president spoke at length. He also praised Sudan."))
                .contains("EGY→SDN 051 2015");
    }

    @Test
    void aNonStateGroupsActIsNoStateEvent() {
        assertThat(Coded.events("In 2013 al-Shabaab militants attacked Nairobi.")).isEmpty();
    }

    @Test
    void aStatesPilgrimsAreNotTheState() {
        assertThat(Coded.events("In 2019 thousands of Indonesian pilgrims travelled to Saudi Arabia.")).isEmpty();
    }

    @Test
    void anAdjectivalPeopleNameDoesNotHideTheSubject() {
        assertThat(Coded.events("In 1949 Burma was the first Asian country to recognise China."))
                .containsExactly("MMR→CHN 054 1949");
    }

    @Test
    void aSubjectAfterAFrontedYearWithoutCommaIsStillTheSubject() {
        assertThat(Coded.events("In 2014 Nigeria purchased fighter jets from Pakistan."))
                .containsExactly("NGA→PAK 062 2014");
    }

    @Test
    void aCapitalisedVerbInsideANameIsNoTrigger() {
        assertThat(Coded.events("In 1991 Egypt joined Operation Desert Storm against Iraq.")).isEmpty();
    }

    @Test
    void aComplaintToTheOtherStateIsNotTakenFromAnUnrelatedPhrase() {
        assertThat(Coded.events("In 2020 Spain accused Morocco of using migrants as a weapon."))
                .containsExactly("ESP→MAR 112 2020");
    }

    @Test
    void breakingOffRelationsIsASeveranceOfTies() {
        assertThat(Coded.events("In 2021 Morocco and Mauritania broke off relations with Algeria."))
                .containsExactlyInAnyOrder("MAR→DZA 161 2021", "MRT→DZA 161 2021");
    }

    @Test
    void firingOnOrDefeatingAnotherStatesForcesIsMilitaryForce() {
        assertThat(Coded.events("In March 1969 Soviet border guards opened fire on Chinese troops."))
                .containsExactly("SUN→CHN 190 1969-03");
        assertThat(Coded.events("In 1879 the Chilean navy fired on Peruvian ships."))
                .containsExactly("CHL→PER 190 1879");
        assertThat(Coded.events("The Paraguayan army defeated the Bolivians at Boquerón in September 1932."))
                .containsExactly("PRY→BOL 190 1932-09");
    }

    @Test
    void rammingAnotherStatesVesselsDamagesItsProperty() {
        assertThat(Coded.events("In 2016 an Indonesian patrol ship rammed a Chinese trawler."))
                .containsExactly("IDN→CHN 171 2016");
    }

    @Test
    void protestingToAStateIsAnOfficialComplaint() {
        assertThat(Coded.events("In 2012 the Japanese foreign ministry protested to Seoul."))
                .containsExactly("JPN→KOR 114 2012");
        assertThat(Coded.events("In 2012 Tokyo protested the South Korean president's trip to the islets."))
                .contains("JPN→KOR 114 2012");
        assertThat(Coded.events("In 2012 thousands of students joined protests against Japan in Seoul.")).isEmpty();
    }

    @Test
    void aDenialInTheSameSentenceAnswersTheAccusationBeforeIt() {
        assertThat(Coded.events("In 2021 Rabat accused Algiers of arming the rebels; Algeria denied the charge."))
                .contains("MAR→DZA 112 2021", "DZA→MAR 016 2021");
    }

    @Test
    void theItADenialAnswersIsTheAccusationNotAState() {
        assertThat(Coded.events("In 2017 Seoul and the UN accused Pyongyang of the hacking. North Korea denied it."))
                .contains("PRK→KOR 016 2017", "PRK→IGO 016 2017");
    }

    @Test
    void aVisitorCameToAnInstitutionOfTheOtherState() {
        assertThat(Coded.events("In 2018 the Kenyan president came to the White House."))
                .containsExactly("KEN→USA 042 2018");
    }

    @Test
    void goingToAPlaceIsAVisitOnlyForAPersonGoingThere() {
        assertThat(Coded.events("In 2014 the Bolivian president went to Santiago.")).containsExactly("BOL→CHL 042 2014");
        assertThat(Coded.events("In 2010 Chile came to the aid of Bolivia after the floods.")).noneMatch(
                e -> e.contains(" 042 "));
        assertThat(Coded.events("In 2013 Chile and Bolivia came to an agreement on water.")).noneMatch(
                e -> e.contains(" 042 "));
        assertThat(Coded.events("The Bolivian president came to power in 2006 and went to Chile in 2007."))
                .containsExactly("BOL→CHL 042 2007");
    }

    @Test
    void massingTroopsAtAStatesBorderMobilisesAgainstIt() {
        assertThat(Coded.events("In March 2021 Russia massed troops along the border with Ukraine."))
                .containsExactly("RUS→UKR 154 2021-03");
    }

    @Test
    void shellingOrAdvancingIntoAnotherStatesTerritoryIsForce() {
        assertThat(Coded.events("In 2008 Russian artillery shelled villages inside Georgia."))
                .containsExactly("RUS→GEO 190 2008");
        assertThat(Coded.events("In 1999 Pakistani troops advanced into Indian territory near Kargil."))
                .containsExactly("PAK→IND 192 1999");
        assertThat(Coded.events("In 2008 Georgian troops shelled villages in the valley.")).isEmpty();
    }

    @Test
    void filingAComplaintOrACaseAgainstAStateIsALegalAction() {
        assertThat(Coded.events("In 2010 Argentina filed a complaint against Uruguay at the WTO."))
                .containsExactly("ARG→URY 115 2010");
        assertThat(Coded.events("In 2019 Gambia brought a case against Myanmar before the court."))
                .containsExactly("GMB→MMR 115 2019");
    }

    @Test
    void pausingAidToAStateReducesIt() {
        assertThat(Coded.events("In 2021 Germany paused its development aid to Mali."))
                .containsExactly("DEU→MLI 162 2021");
    }

    @Test
    void aVerbSpeltNounAfterAPrepositionIsNoVerb() {
        assertThat(Coded.events("In 2018 China tightened controls on exports to Japan."))
                .containsExactly("CHN→JPN 163 2018");
    }

    @Test
    void aLeaderStayingInAnotherStatesCapitalIsVisitingIt() {
        assertThat(Coded.events("In 2016 the Indian prime minister was in Kabul.")).containsExactly("IND→AFG 042 2016");
        assertThat(Coded.events("In 2016 the province was in Afghan hands.")).isEmpty();
        assertThat(Coded.events("In 2016 Pakistan was in Afghanistan's debt.")).isEmpty();
    }

    @Test
    void leadersSittingDownTogetherMeet() {
        assertThat(Coded.events("In 2018 Moon Jae-in and Kim Jong Un sat down for talks in Panmunjom."))
                .contains("KOR→PRK 040 2018");
    }

    @Test
    void releasingAnotherStatesPeopleOrPropertyReturnsIt() {
        assertThat(Coded.events("In 2016 Iran released ten American sailors.")).containsExactly("IRN→USA 0841 2016");
        assertThat(Coded.events("In 2016 Indonesia returned the seized trawlers' boats to Vietnam."))
                .containsExactly("IDN→VNM 0842 2016");
        assertThat(Coded.events("In 2016 Iran released a statement on Iraq.")).isEmpty();
        assertThat(Coded.events("In 2016 the Iranian ambassador returned to Baghdad.")).isEmpty();
    }

    @Test
    void handingSuspectsOverOrExtraditingThemIsJudicialCooperation() {
        assertThat(Coded.events("In 2011 Thailand extradited an arms dealer to the United States."))
                .containsExactly("THA→USA 063 2011");
        assertThat(Coded.events("In 2011 Tajikistan handed over two suspects to Russia."))
                .containsExactly("TJK→RUS 063 2011");
    }

    @Test
    void retaliatingWithTariffsIsASanction() {
        assertThat(Coded.events("In 2018 Canada retaliated with tariffs on American steel."))
                .containsExactly("CAN→USA 163 2018");
    }

    @Test
    void suspendingTalksAsAGerundHaltsThem() {
        assertThat(Coded.events("In 2017 Qatar responded by suspending talks with Bahrain."))
                .containsExactly("QAT→BHR 164 2017");
    }

    @Test
    void aProtestWithoutATargetAnswersTheOtherStateOfTheArticle() {
        assertThat(Coded.events("Chile and Bolivia have long quarrelled over the sea. In 2018 Bolivia sued Chile. "
                + "In 2019 Chile condemned the ruling. The Bolivian foreign ministry protested in 2020."))
                .contains("CHL→BOL 111 2019", "BOL→CHL 114 2020");
    }

    @Test
    void leadersWhoSpokeByPhoneTogetherHadAPhoneCall() {
        assertThat(Coded.events("In 2022 Macron and Putin spoke by phone.")).containsExactly("FRA→RUS 041 2022");
    }

    @Test
    void aCeasefireDeclaredByOneSideIsTowardsTheOther() {
        assertThat(Coded.events("Ecuador and Peru fought over the Cenepa valley in 1995. "
                + "In 1995 Peru declared a unilateral ceasefire."))
                .contains("PER→ECU 0871 1995");
    }

    @Test
    void upgradingARelationshipIsDiplomaticCooperation() {
        assertThat(Coded.events("In 2016 India and Vietnam upgraded their relationship to a strategic partnership."))
                .containsExactly("IND→VNM 050 2016");
    }

    @Test
    void aDemandIsNotAnAppealAndItsTargetMayStandInTheThatClause() {
        assertThat(Coded.events("In 2016 Ankara demanded that Washington extradite the cleric."))
                .containsExactly("TUR→USA 100 2016");
        assertThat(Coded.events("In 2016 Seoul demanded an apology from Tokyo.")).containsExactly("KOR→JPN 100 2016");
        assertThat(Coded.events("In 2016 Chinese demand lifted imports from Chile.")).isEmpty();
    }

    @Test
    void forcesWithdrawingFromAStateRetreatEvenWhenTheyAreTheSubject() {
        assertThat(Coded.events("In 1989 Soviet troops withdrew from Afghanistan.")).containsExactly("SUN→AFG 0874 1989");
        assertThat(Coded.events("In 2011 American forces pulled out of Iraq.")).containsExactly("USA→IRQ 0874 2011");
        assertThat(Coded.events("In 2011 the American delegation withdrew from the talks with Iraq."))
                .noneMatch(e -> e.contains(" 0874 "));
    }
}
