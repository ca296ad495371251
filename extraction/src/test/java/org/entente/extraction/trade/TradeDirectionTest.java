package org.entente.extraction.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.extraction.trade.Trade.brief;
import static org.entente.extraction.trade.Trade.of;
import static org.entente.extraction.trade.Trade.only;

import org.junit.jupiter.api.Test;

/** Which state exports to which, and two-way totals. */
class TradeDirectionTest {

    @Test
    void aStateExportsToTheStateAfterTo() {
        assertThat(brief(only("In 2019, Chile exported $ 66.2 million to Peru."))).isEqualTo("CHL>PER 2019 66200000 actual");
    }

    @Test
    void aPossessorOrDemonymOwnsTheExports() {
        assertThat(brief(only("Kenya's exports to Uganda in 2021 were $ 44 million.")))
                .isEqualTo("KEN>UGA 2021 44000000 actual");
        assertThat(brief(only("In 2020 Vietnamese exports to Japan reached $19 billion.")))
                .isEqualTo("VNM>JPN 2020 19000000000 actual");
    }

    @Test
    void exportsFromOneStateToAnother() {
        assertThat(brief(only("Exports from Brazil to Argentina totalled $11 billion in 2018.")))
                .isEqualTo("BRA>ARG 2018 11000000000 actual");
    }

    @Test
    void anImporterBuysFromTheStateAfterFrom() {
        assertThat(brief(only("In 2022 Egypt imported $3 billion of wheat from Russia.")))
                .isEqualTo("RUS>EGY 2022 3000000000 actual");
        assertThat(brief(only("In 2022 the United States bought $9 billion of Canadian lumber.")))
                .isEqualTo("CAN>USA 2022 9000000000 actual");
    }

    @Test
    void aStateSoldToTheStateRightAfterTheVerb() {
        assertThat(brief(only("In 2022 Thailand sold Laos $4 billion in goods.")))
                .isEqualTo("THA>LAO 2022 4000000000 actual");
    }

    @Test
    void theOtherSideIsTheOneOtherStateOfTheClause() {
        assertThat(of("In 2023 Mexico overtook China as a supplier: the United States bought $475 billion of Mexican "
                + "goods and sold $322 billion in return.")).extracting(Trade::brief)
                .containsExactly("MEX>USA 2023 475000000000 actual", "USA>MEX 2023 322000000000 actual");
    }

    @Test
    void twoFlowsOfOneSentenceShareTheirOwner() {
        assertThat(of("In 2019 India imported goods worth $65 billion from China and exported $17 billion."))
                .extracting(Trade::brief)
                .containsExactly("CHN>IND 2019 65000000000 actual", "IND>CHN 2019 17000000000 actual");
        assertThat(of("In 2022 Korean exports to Japan were $30 billion and imports $54 billion."))
                .extracting(Trade::brief)
                .containsExactly("KOR>JPN 2022 30000000000 actual", "JPN>KOR 2022 54000000000 actual");
    }

    @Test
    void tradeBetweenTwoStatesIsATotalInAlphabeticalOrder() {
        assertThat(brief(only("Trade between Turkey and Greece reached $6 billion in 2022.")))
                .isEqualTo("GRC=TUR 2022 6000000000 actual");
        assertThat(brief(only("In 2015 Ghana's trade with Nigeria stood at $1 billion.")))
                .isEqualTo("GHA=NGA 2015 1000000000 actual");
    }

    @Test
    void mutualTradeWithoutStatesIsTheArticlesPair() {
        assertThat(of("Kenya and Ethiopia share a border. Kenya and Ethiopia talk often.\n\n"
                + "Officials want their mutual trade to reach $2 billion by 2030."))
                .extracting(Trade::brief).containsExactly("ETH=KEN 2030 2000000000 target");
    }

    @Test
    void aSideTheSentenceLeavesOutIsTheOtherMainState() {
        assertThat(of("Morocco and Senegal signed a trade accord. Morocco and Senegal met twice.\n\n"
                + "In 2020 exports to Senegal rose to $900 million."))
                .extracting(Trade::brief).containsExactly("MAR>SEN 2020 900000000 actual");
    }

    @Test
    void aFigureWithoutTwoKnownSidesIsNoFigure() {
        assertThat(of("In 2020 exports rose to $900 million.")).isEmpty();
    }

    @Test
    void aDemonymsImportsFromAStateAreThatStatesExports() {
        assertThat(brief(only("In 2022 French imports from Spain reached $40 billion.")))
                .isEqualTo("ESP>FRA 2022 40000000000 actual");
        assertThat(brief(only("In 2020 Jordan imported goods worth $300 million from Egypt.")))
                .isEqualTo("EGY>JOR 2020 300000000 actual");
    }

    @Test
    void itsTradeBelongsToTheStateBeforeItThatNoPrepositionGoverns() {
        assertThat(brief(only("Bolivia's gas flows mainly through Argentina, and its trade with Brazil reached "
                + "$5 billion in 2021."))).isEqualTo("BOL=BRA 2021 5000000000 actual");
    }

    @Test
    void aClauseAfterWhileOrButKeepsTheSubjectOfTheClauseBefore() {
        assertThat(of("Spain's exports to Morocco stood at $12 billion in 2022, while imports from Morocco were "
                + "$9 billion.")).extracting(Trade::brief)
                .containsExactly("ESP>MAR 2022 12000000000 actual", "MAR>ESP 2022 9000000000 actual");
        assertThat(of("In 2021 Thailand sold $6 billion of goods to Laos, but bought only $2 billion from it."))
                .extracting(Trade::brief)
                .containsExactly("THA>LAO 2021 6000000000 actual", "LAO>THA 2021 2000000000 actual");
    }

    @Test
    void amountsPairWithAListOfAsManyStatesInOrder() {
        assertThat(of("In 2021 Chilean exports to Peru and Bolivia were $3 billion and $1 billion respectively."))
                .extracting(Trade::brief)
                .containsExactly("CHL>PER 2021 3000000000 actual", "CHL>BOL 2021 1000000000 actual");
        assertThat(of("In 2021 exports from Spain and Italy to Greece were $4 billion and $6 billion."))
                .extracting(Trade::brief)
                .containsExactly("ESP>GRC 2021 4000000000 actual", "ITA>GRC 2021 6000000000 actual");
    }
}
