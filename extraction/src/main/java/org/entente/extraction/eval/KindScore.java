package org.entente.extraction.eval;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The score of one kind of fact.
 *
 * @param kind       event, agreement or trade
 * @param gold       number of gold facts
 * @param pred       number of predictions
 * @param tp         matched pairs
 * @param accuracies field accuracies over matched pairs ({@code direction_acc}, {@code code_acc},
 *                   {@code type_acc}, ...), empty when nothing matched
 * @param missed     gold facts no prediction matched
 * @param spurious   predictions that matched no gold fact
 */
public record KindScore(String kind, int gold, int pred, int tp, Map<String, Double> accuracies,
                        List<JsonNode> missed, List<JsonNode> spurious) {

    public double precision() {
        return pred == 0 ? 0.0 : (double) tp / pred;
    }

    public double recall() {
        return gold == 0 ? 0.0 : (double) tp / gold;
    }

    public double f1() {
        return f1(precision(), recall());
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
