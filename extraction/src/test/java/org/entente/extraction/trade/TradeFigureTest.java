package org.entente.extraction.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.entente.extraction.trade.Trade.brief;
import static org.entente.extraction.trade.Trade.of;
import static org.entente.extraction.trade.Trade.only;

import java.time.LocalDate;

import org.entente.extraction.TradeFigure;
import org.junit.jupiter.api.Test;

/** Years, basis, products, currencies and what is not a trade figure. */
class TradeFigureTest {

    @Test
    void aSentenceWithoutAYearTakesThatOfTheTradeSentenceBeforeIt() {
        assertThat(of("In 2019, Chile exported $ 66.2 million to Peru. The goods were mostly copper. "
                + "In return, Peru exported $ 18.1 million to Chile."))
                .extracting(Trade::brief)
                .containsExactly("CHL>PER 2019 66200000 actual", "PER>CHL 2019 18100000 actual");
    }

    @Test
    void aYearIsNotTakenFromAnotherParagraph() {
        assertThat(of("In 2019, Chile exported $ 66.2 million to Peru.\n\nPeru exports $ 18.1 million to Chile."))
                .extracting(TradeFigure::year).containsExactly(2019, null);
    }

    @Test
    void perYearAndCurrentFiguresHaveNoYear() {
        assertThat(only("Iran and Iraq have legal trade worth around $1.5 billion per year.").year()).isNull();
        assertThat(only("Trade between Oman and Yemen currently stands at $300 million.").year()).isNull();
    }

    @Test
    void aYearGivenWithAPerYearFigureIsItsYear() {
        assertThat(only("In 2019 Iran and Iraq had legal trade worth around $1.5 billion per year.").year())
                .isEqualTo(2019);
    }

    @Test
    void aFiscalYearSpelledOutInBracketsIsTheYearItStarts() {
        assertThat(only("In FY20 (April 2019 to March 2020) India imported $65 billion from China.").year())
                .isEqualTo(2019);
        assertThat(only("In 2018-19 Nepal imported $7 billion from India.").year()).isEqualTo(2018);
    }

    @Test
    void theClauseWithoutAYearTakesTheSentencesEarlierOne() {
        assertThat(of("In 2022 China's exports to India reached $118 billion, while India's exports to China fell "
                + "to $17 billion.")).extracting(TradeFigure::year).containsExactly(2022, 2022);
    }

    @Test
    void hedgedFiguresAndRangesAreEstimates() {
        assertThat(only("In 2021 Peru exported about $2 billion to Chile.").basis()).isEqualTo("estimate");
        assertThat(only("In 2021 Peru exported more than $2 billion to Chile.").basis()).isEqualTo("estimate");
        TradeFigure range = only("In 2021 Peru exported between $2 billion and $3 billion to Chile.");
        assertThat(brief(range)).isEqualTo("PER>CHL 2021 2000000000 estimate");
    }

    @Test
    void goalsAreTargetsWithTheirOwnYearOnly() {
        assertThat(brief(only("In 2019 India and Russia set a goal to raise bilateral trade to $30 billion by 2025.")))
                .isEqualTo("IND=RUS 2025 30000000000 target");
        assertThat(brief(only("In 2024 Iran and Pakistan set a target to escalate their mutual trade to "
                + "approximately $5 billion within the next five years.")))
                .isEqualTo("IRN=PAK - 5000000000 target");
    }

    @Test
    void anAmountBeforeATargetNounIsATarget() {
        assertThat(brief(only("Kenya and Tanzania are neighbours. Bilateral trade remains far below the $3 billion "
                + "target."))).isEqualTo("KEN=TZA - 3000000000 target");
    }

    @Test
    void theLevelATargetStartsFromIsNoTarget() {
        assertThat(of("Greece and Turkey aim to raise bilateral trade to $10 billion by 2030, from about $6 billion "
                + "in 2022.")).extracting(Trade::brief)
                .containsExactly("GRC=TUR 2030 10000000000 target", "GRC=TUR 2022 6000000000 estimate");
    }

    @Test
    void hypotheticalOrDeniedTradeIsNoFigure() {
        assertThat(of("Trade between Egypt and Iran could reach $1 billion a year.")).isEmpty();
        assertThat(of("There is no direct trade between Armenia and Azerbaijan worth $1 million.")).isEmpty();
    }

    @Test
    void investmentAidLoansDeficitsAndDealsAreNoTradeFigures() {
        assertThat(of("In 2020 China invested $5 billion in Pakistan to boost trade.")).isEmpty();
        assertThat(of("In 2020 Japan's trade deficit with China was $30 billion.")).isEmpty();
        assertThat(of("In 2020 Saudi Arabia gave Egypt $2 billion in aid to support its trade.")).isEmpty();
        assertThat(of("In 2020 Pakistan and China signed a trade deal worth $4 billion.")).isEmpty();
        assertThat(of("In 2020 exports from Chile to Peru fell by $2 billion.")).isEmpty();
    }

    @Test
    void smugglingIsNoTrade() {
        assertThat(of("Smuggling of fuel from Iran to Pakistan was worth $1 billion in 2023.")).isEmpty();
    }

    @Test
    void theProductIsNamedFromTheWordsOfTheFlow() {
        assertThat(only("In 2020 Thailand's exports of rice to Malaysia were worth $1 billion.").product())
                .isEqualTo("rice");
        assertThat(only("In 2020 Pakistani rice exports to Kenya reached $200 million.").product()).isEqualTo("rice");
        assertThat(only("In 2020 Mexico bought $28 billion of American farm products.").product())
                .isEqualTo("farm products");
        assertThat(only("In 2020 Thailand's exports to Malaysia were worth $1 billion.").product()).isNull();
        assertThat(only("In 2020 total exports from Laos to Vietnam were $1 billion.").product()).isNull();
    }

    @Test
    void anotherCurrencyIsConvertedAtTheAverageRateOfTheFiguresYear() {
        TradeFigure euros = only("In 2022 Greece exported 2 billion euros of goods to Turkey.");
        assertThat(euros.valueUsd()).isCloseTo(2.106e9, within(1e3));
        assertThat(euros.currency()).isEqualTo("EUR");
        assertThat(euros.amount()).isEqualTo(2e9);
        assertThat(only("Canada's exports to Mexico reached C$13 billion in 2021.").valueUsd())
                .isCloseTo(13e9 / 1.2537, within(1e6));
    }

    @Test
    void aYearTakenFromTheSentenceBeforeAlsoConverts() {
        assertThat(of("In 2023 Austria exported €9 billion to Hungary. Hungary exported €7 billion to Austria."))
                .extracting(Trade::brief).containsExactly("AUT>HUN 2023 9731700000 actual",
                        "HUN>AUT 2023 7569100000 actual");
    }

    @Test
    void anotherCurrencyKeepsNoDollarValueWithoutAKnownRate() {
        assertThat(only("Greece exports 2 billion euros of goods to Turkey per year.").valueUsd()).isNull();
        assertThat(only("In 1985 Japan exported 900 billion yen of goods to Korea.").valueUsd()).isNull();
    }

    @Test
    void aDollarValueTheTextGivesBeatsTheRate() {
        TradeFigure both = only("In 2022 Greece exported €2 billion ($2.1 billion) of goods to Turkey.");
        assertThat(both.valueUsd()).isEqualTo(2.1e9);
        assertThat(both.currency()).isEqualTo("EUR");
    }

    @Test
    void verbsOfExceedingAndOrdersOfMagnitudeMakeEstimates() {
        assertThat(brief(only("Trade between Kazakhstan and Uzbekistan exceeded $4 billion in 2022.")))
                .isEqualTo("KAZ=UZB 2022 4000000000 estimate");
        assertThat(brief(only("In 2021 Chile's exports to Bolivia topped $1 billion.")))
                .isEqualTo("CHL>BOL 2021 1000000000 estimate");
        assertThat(brief(only("Trade between Ghana and Togo was in the order of $500 million in 2019.")))
                .isEqualTo("GHA=TGO 2019 500000000 estimate");
    }

    @Test
    void amountsCoordinatedWithAFigureAreFiguresOfTheSameFlow() {
        assertThat(of("Exports from Spain to Morocco amounted to $9 billion in 2021 and $11 billion in 2022."))
                .extracting(Trade::brief)
                .containsExactly("ESP>MAR 2021 9000000000 actual", "ESP>MAR 2022 11000000000 actual");
    }

    @Test
    void amountsWithTheirOwnGoodsAreCoordinatedToo() {
        assertThat(of("In 2021 Peru exported $2 billion worth of copper and $500 million worth of fishmeal to Chile."))
                .extracting(TradeFigure::product).containsExactly("copper", "fishmeal");
    }

    @Test
    void aProjectionToThisOrNextYearTakesThatYear() {
        assertThat(Trade.published("Officials expect trade between Uruguay and Paraguay to reach $900 million "
                + "next year.", LocalDate.of(2024, 5, 2))).extracting(Trade::brief)
                .containsExactly("PRY=URY 2025 900000000 target");
        assertThat(Trade.published("Greece and Cyprus aim to raise bilateral trade to $2 billion in the coming "
                + "years, from about $1 billion last year.", LocalDate.of(2024, 5, 2))).extracting(Trade::brief)
                .containsExactly("CYP=GRC - 2000000000 target", "CYP=GRC 2023 1000000000 estimate");
    }

    @Test
    void respectivelyGivesEachAmountItsYearInOrder() {
        assertThat(of("Trade between Peru and Ecuador was $2 billion and $2.5 billion in 2020 and 2021 "
                + "respectively.")).extracting(Trade::brief)
                .containsExactly("ECU=PER 2020 2000000000 actual", "ECU=PER 2021 2500000000 actual");
    }

    @Test
    void aProjectionWithAYearIsATarget() {
        assertThat(brief(only("Trade between Uganda and Rwanda could reach $1 billion by 2028.")))
                .isEqualTo("RWA=UGA 2028 1000000000 target");
        assertThat(brief(only("Trade between Norway and Iceland will reach $3 billion in 2030.")))
                .isEqualTo("ISL=NOR 2030 3000000000 target");
        assertThat(of("Trade between Jordan and Iraq could reach $2 billion a year, officials said in May 2021."))
                .isEmpty();
    }

    @Test
    void aReportingVerbIsNoProduct() {
        assertThat(only("Analysts say trade between Chile and Peru was $6 billion in 2019.").product()).isNull();
        assertThat(only("Customs data show that Kenya's tea exports to Egypt reached $300 million in 2021.")
                .product()).isEqualTo("tea");
    }

    @Test
    void theProductMayFollowTheSideOfTheFlow() {
        assertThat(only("In 2020 Norway's exports to Japan of salmon and trout were $1 billion.").product())
                .isEqualTo("salmon and trout");
        assertThat(only("In 2020 Norway's exports to Japan were $1 billion.").product()).isNull();
        assertThat(only("In 2020 Norway's exports to Japan of about $1 billion grew.").product()).isNull();
    }

    @Test
    void aParticipleBeforeAProductWordIsPartOfTheProduct() {
        assertThat(only("In 2021 Korea's imports of liquefied natural gas from Qatar reached $8 billion.").product())
                .isEqualTo("liquefied natural gas");
        assertThat(only("In 2021 exports of processed fish from Peru to Spain were $90 million.").product())
                .isEqualTo("processed fish");
    }

    @Test
    void anAdverbBeforeTheAmountIsNoProduct() {
        assertThat(only("In 2021 Bhutan sold only $30 million to Nepal.").product()).isNull();
    }

    @Test
    void servicesAloneAreASectorButGoodsAndServicesAreEverything() {
        assertThat(only("Trade in services between Chile and Peru reached $2 billion in 2021.").product())
                .isEqualTo("services");
        assertThat(only("Trade in goods and services between Chile and Peru reached $8 billion in 2021.").product())
                .isNull();
    }

    @Test
    void aVerbAfterTheProductEndsIt() {
        assertThat(only("Estimates of Ghana's purchases of Ivorian cocoa range between $20 million and $30 million.")
                .product()).isEqualTo("cocoa");
    }

    @Test
    void aVerbBeforeTheTradeWordIsNoProduct() {
        assertThat(only("Ghana wants to boost exports to Togo to $800 million by 2027.").product()).isNull();
        assertThat(only("In 2018 Chile curbed exports of lithium to Peru worth $40 million.").product())
                .isEqualTo("lithium");
    }

    @Test
    void anAppositionBetweenTheTradeWordAndItsAmountKeepsThemTogether() {
        assertThat(brief(only("In 2022 Canada's exports to Chile, chiefly machinery, wheat, potash and pork, were "
                + "valued at nearly $1 billion."))).isEqualTo("CAN>CHL 2022 1000000000 estimate");
    }

    @Test
    void bothAmountsOfAChangeAreFiguresWithTheirYears() {
        assertThat(of("Ukraine's trade with Russia fell from about $38 billion in 2013 to roughly $12 billion in "
                + "2018.")).extracting(Trade::brief).containsExactly("RUS=UKR 2013 38000000000 estimate",
                "RUS=UKR 2018 12000000000 estimate");
    }

    @Test
    void theSameFigureRestatedIsOneFactWithTwoEvidences() {
        TradeFigure f = only("In 2019, Chile exported $66 million to Peru. Chile's exports to Peru in 2019 were "
                + "$66 million.");
        assertThat(f.evidence()).hasSize(2);
    }
}
