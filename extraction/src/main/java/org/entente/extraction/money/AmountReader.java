package org.entente.extraction.money;

import java.math.BigDecimal;

import org.entente.extraction.text.Chars;
import org.entente.extraction.text.NumberWords;
import org.entente.extraction.text.Token;

/**
 * Reads a number and its scale: {@code 66.2 million}, {@code 1,00,000}, {@code 5bn}, {@code five billion},
 * {@code a billion}, {@code half a billion}. Not dates, times or fractions.
 */
final class AmountReader {

    /** A number read from the text: its value before scaling, the scale, and the token after it. */
    record Amount(double value, double factor, int next) {

        /** The scaled value. */
        double scaled() {
            return times(value, factor);
        }
    }

    private final CurrencyLexicon lexicon;
    private final NumberWords numbers;

    AmountReader(CurrencyLexicon lexicon, NumberWords numbers) {
        this.lexicon = lexicon;
        this.numbers = numbers;
    }

    /** The product in decimal arithmetic, so that 66.2 million is 66 200 000 and not 66 200 000.00000001. */
    static double times(double value, double factor) {
        return BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(factor)).doubleValue();
    }

    /** A number at token {@code j} with an optional multiplier after it, or null. */
    Amount at(MoneyTokens t, int j) {
        if (!t.has(j)) {
            return null;
        }
        Token token = t.get(j);
        if (token.type() == Token.Type.NUMBER) {
            Double value = plainNumber(token.text());
            return value == null ? null : scale(t, value, j + 1);
        }
        if (token.type() != Token.Type.WORD) {
            return null;
        }
        String w = t.lower(j);
        if (w.equals("half") && (t.lower(j + 1).equals("a") || t.lower(j + 1).equals("an"))) {
            Amount scaled = scale(t, 0.5, j + 2);
            return scaled.factor() > 1 ? scaled : null;
        }
        Double value = numbers.value(w);
        if (value == null || value < 1) {
            return null;
        }
        Amount scaled = scale(t, value, j + 1);
        boolean article = w.equals("a") || w.equals("an");
        return article && scaled.factor() == 1 ? null : scaled;
    }

    /** The value with the multiplier at token {@code k} ({@code 5 billion}, or hyphenated: {@code 1.2-billion}), if any. */
    Amount scale(MoneyTokens t, double value, int k) {
        if (t.isDash(k) && t.adjacent(k - 1, k) && t.has(k + 1) && t.adjacent(k, k + 1)
                && lexicon.multiplier(t.lower(k + 1)) != null) {
            k++;
        }
        CurrencyLexicon.Multiplier multiplier = t.has(k) ? lexicon.multiplier(t.lower(k)) : null;
        if (multiplier == null || multiplier.glued() && !t.adjacent(k - 1, k)) {
            return new Amount(value, 1, k);
        }
        return new Amount(value, multiplier.factor(), k + 1);
    }

    /** Digits with thousands separators and a decimal point; null for dates, times, fractions. */
    private static Double plainNumber(String s) {
        int dots = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c != ',' && !Chars.isAsciiDigit(c)) {
                return null;
            }
        }
        return dots > 1 ? null : Double.parseDouble(s.replace(",", ""));
    }
}
