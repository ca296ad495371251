package org.entente.extraction.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static List<JsonNode> lines(String... json) {
        return JsonLines.parse(String.join("\n", json), "test");
    }

    private static final String GOLD_EVENT =
            "{\"doc\":\"a\",\"kind\":\"event\",\"source\":\"IND\",\"target\":\"CHN\",\"cameo\":\"042\",\"date\":\"2019-05\"}";

    @Test
    void eventMatchesOnUnorderedPairRootAndYearAndScoresDirectionAndCodeSeparately() {
        Score s = Scorer.score(lines(GOLD_EVENT),
                lines("{\"doc\":\"a\",\"kind\":\"event\",\"source\":\"CHN\",\"target\":\"IND\",\"cameo\":\"043\",\"date\":\"2019\"}"),
                null);
        KindScore e = s.kind("event");
        assertThat(e.tp()).isEqualTo(1);
        assertThat(e.accuracies()).containsEntry("direction_acc", 0.0).containsEntry("code_acc", 0.0);
    }

    @Test
    void eventWithAnotherYearOrRootDoesNotMatch() {
        Score s = Scorer.score(lines(GOLD_EVENT), lines(
                "{\"doc\":\"a\",\"kind\":\"event\",\"source\":\"IND\",\"target\":\"CHN\",\"cameo\":\"042\",\"date\":\"2018-05\"}",
                "{\"doc\":\"a\",\"kind\":\"event\",\"source\":\"IND\",\"target\":\"CHN\",\"cameo\":\"057\",\"date\":\"2019-05\"}"),
                null);
        assertThat(s.kind("event").tp()).isZero();
        assertThat(s.kind("event").spurious()).hasSize(2);
        assertThat(s.kind("event").missed()).hasSize(1);
    }

    @Test
    void eachGoldFactMatchesAtMostOnePrediction() {
        String pred = "{\"doc\":\"a\",\"kind\":\"event\",\"source\":\"IND\",\"target\":\"CHN\",\"cameo\":\"04\",\"date\":\"2019\"}";
        Score s = Scorer.score(lines(GOLD_EVENT), lines(pred, pred), null);
        assertThat(s.kind("event").tp()).isEqualTo(1);
        assertThat(s.kind("event").precision()).isEqualTo(0.5);
    }

    @Test
    void nullDatesMatchEachOtherButNotADate() {
        String gold = "{\"doc\":\"a\",\"kind\":\"event\",\"source\":\"IND\",\"target\":\"CHN\",\"cameo\":\"042\",\"date\":null}";
        assertThat(Scorer.score(lines(gold), lines(gold), null).kind("event").tp()).isEqualTo(1);
        assertThat(Scorer.score(lines(gold), lines(GOLD_EVENT), null).kind("event").tp()).isZero();
    }

    @Test
    void tradeNeedsValueWithinOnePercentAndTheSameBasisAndProductPresence() {
        String gold = "{\"doc\":\"a\",\"kind\":\"trade\",\"exporter\":\"IND\",\"importer\":\"CHN\",\"flow\":\"export\","
                + "\"year\":2020,\"value_usd\":100000000,\"basis\":\"actual\",\"product\":null}";
        assertThat(Scorer.score(lines(gold), lines(gold.replace("100000000", "100900000")), null)
                .kind("trade").tp()).isEqualTo(1);
        assertThat(Scorer.score(lines(gold), lines(gold.replace("100000000", "101100000")), null)
                .kind("trade").tp()).isZero();
        assertThat(Scorer.score(lines(gold), lines(gold.replace("actual", "estimate")), null)
                .kind("trade").tp()).isZero();
        assertThat(Scorer.score(lines(gold), lines(gold.replace("\"product\":null", "\"product\":\"tea\"")), null)
                .kind("trade").tp()).isZero();
    }

    @Test
    void agreementMatchesOnPartySetAndYearAndScoresFieldAccuracies() {
        String gold = "{\"doc\":\"a\",\"kind\":\"agreement\",\"parties\":[\"CHN\",\"IND\"],\"type\":\"mou\","
                + "\"domain\":\"trade\",\"status\":\"signed\",\"date\":\"2015\"}";
        String pred = "{\"doc\":\"a\",\"kind\":\"agreement\",\"parties\":[\"IND\",\"CHN\"],\"type\":\"treaty\","
                + "\"domain\":\"trade\",\"status\":\"signed\",\"date\":\"2015-04-01\"}";
        KindScore k = Scorer.score(lines(gold), lines(pred), null).kind("agreement");
        assertThat(k.tp()).isEqualTo(1);
        assertThat(k.accuracies()).containsEntry("type_acc", 0.0).containsEntry("domain_acc", 1.0)
                .containsEntry("status_acc", 1.0);
    }

    @Test
    void predictionsForDocsTheGoldDoesNotCoverAreIgnored() {
        Score s = Scorer.score(lines(GOLD_EVENT), lines(GOLD_EVENT.replace("\"a\"", "\"b\"")), null);
        assertThat(s.kind("event").pred()).isZero();
    }

    @Test
    void yearIsReadFromNumbersAndFromTextStartingWithFourDigits() {
        assertThat(Scorer.year(JsonLines.parse("{\"d\":2019}", "t").get(0).get("d"))).isEqualTo(2019);
        assertThat(Scorer.year(JsonLines.parse("{\"d\":\"2019-03-01\"}", "t").get(0).get("d"))).isEqualTo(2019);
        assertThat(Scorer.year(JsonLines.parse("{\"d\":\"circa\"}", "t").get(0).get("d"))).isNull();
        assertThat(Scorer.year(JsonLines.parse("{\"d\":null}", "t").get(0).get("d"))).isNull();
    }

    @Test
    void numbersAreRoundedAndPrintedAsPythonDoes() {
        assertThat(Score.round3(2.0 / 3).toString()).isEqualTo("0.667");
        assertThat(Score.round3(0.8).toString()).isEqualTo("0.8");
        assertThat(Score.round3(1.0).toString()).isEqualTo("1.0");
        assertThat(Score.round3(0.0).toString()).isEqualTo("0.0");
        assertThat(Score.round3(0.0005).toString()).isEqualTo("0.001");
    }

    @Test
    void linesLookLikeTheReferenceScorersOutput() {
        Score s = Scorer.score(lines(GOLD_EVENT), lines(GOLD_EVENT), null);
        assertThat(s.lines().get(0)).isEqualTo(
                "event     gold=1 pred=1 tp=1 precision=1.0 recall=1.0 f1=1.0 direction_acc=1.0 code_acc=1.0");
        assertThat(s.lines().get(3)).isEqualTo("micro     gold=1 pred=1 tp=1 precision=1.0 recall=1.0 f1=1.0");
    }
}
