package org.entente.extraction.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores per kind and micro-averaged over all kinds, printed the way {@code score.py} prints them.
 *
 * @param kinds scores of {@code event}, {@code agreement} and {@code trade}, in that order
 */
public record Score(Map<String, KindScore> kinds) {

    public KindScore kind(String kind) {
        return kinds.get(kind);
    }

    public int microGold() {
        return kinds.values().stream().mapToInt(KindScore::gold).sum();
    }

    public int microPred() {
        return kinds.values().stream().mapToInt(KindScore::pred).sum();
    }

    public int microTp() {
        return kinds.values().stream().mapToInt(KindScore::tp).sum();
    }

    public double microPrecision() {
        return microPred() == 0 ? 0.0 : (double) microTp() / microPred();
    }

    public double microRecall() {
        return microGold() == 0 ? 0.0 : (double) microTp() / microGold();
    }

    public double microF1() {
        return KindScore.f1(microPrecision(), microRecall());
    }

    /** The rows as ordered name/value maps, numbers rounded to three places: {@code event}, ..., {@code micro}. */
    public Map<String, Map<String, Object>> rows() {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (KindScore k : kinds.values()) {
            Map<String, Object> row = row(k.gold(), k.pred(), k.tp(), k.precision(), k.recall(), k.f1());
            k.accuracies().forEach((name, value) -> row.put(name, round3(value)));
            rows.put(k.kind(), row);
        }
        rows.put("micro", row(microGold(), microPred(), microTp(), microPrecision(), microRecall(), microF1()));
        return rows;
    }

    /** The table as {@code score.py} prints it: one line per kind and one for micro. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        rows().forEach((kind, row) -> {
            StringBuilder line = new StringBuilder(String.format("%-9s ", kind));
            List<String> cells = new ArrayList<>();
            row.forEach((name, value) -> cells.add(name + "=" + value));
            line.append(String.join(" ", cells));
            lines.add(line.toString());
        });
        return lines;
    }

    private static Map<String, Object> row(int gold, int pred, int tp, double p, double r, double f) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("gold", gold);
        row.put("pred", pred);
        row.put("tp", tp);
        row.put("precision", round3(p));
        row.put("recall", round3(r));
        row.put("f1", round3(f));
        return row;
    }

    /**
     * Rounds to three places as Python's {@code round(x, 3)} does (on the exact binary value, ties to even) and
     * prints it as Python prints a float ({@code 0.8}, {@code 1.0}).
     */
    static Rounded round3(double value) {
        BigDecimal exact = new BigDecimal(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
        String text = exact.toPlainString();
        return new Rounded(exact.doubleValue(), text.contains(".") ? text : text + ".0");
    }

    /** A rounded number and its Python-style text; {@link #toString()} is the text. */
    public record Rounded(double value, String text) {
        @Override
        public String toString() {
            return text;
        }
    }
}
