package org.entente.extraction.money;

import org.entente.extraction.text.Token;

/**
 * Reads the currency of an amount: a form before it ({@code $}, {@code US$}, {@code Rs.}, {@code U.S. $}) or after
 * it, possibly with a country before it ({@code dollars}, {@code Pakistani rupees}, {@code USD}), and resolves a
 * currency family to the member the text names.
 */
final class CurrencyReader {

    /** A currency read after an amount, and the token after it. */
    record Suffix(String currency, int next) {
    }

    private final CurrencyLexicon lexicon;

    CurrencyReader(CurrencyLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The prefix currency form at token {@code i} (one token, or a word and a symbol written together:
     * {@code U.S.$}, {@code CN¥}), or null; {@code end[0]} is set to the token after it.
     */
    CurrencyLexicon.Form prefixAt(MoneyTokens t, int i, int[] end) {
        if (!t.has(i)) {
            return null;
        }
        if (t.isType(i + 1, Token.Type.SYMBOL) && t.adjacent(i, i + 1)) {
            CurrencyLexicon.Form two = lexicon.form(t.get(i).text() + t.get(i + 1).text());
            if (two != null && two.position().allowsPrefix()) {
                end[0] = i + 2;
                return two;
            }
        }
        CurrencyLexicon.Form one = lexicon.form(t.get(i).text());
        end[0] = i + 1;
        return one != null && one.position().allowsPrefix() ? one : null;
    }

    /** A currency after an amount at token {@code k}, possibly with a country before it, or null. */
    Suffix suffixAt(MoneyTokens t, int k) {
        for (int qualifierWords = 0; qualifierWords <= 2; qualifierWords++) {
            int j = k + qualifierWords;
            if (!t.has(j)) {
                return null;
            }
            CurrencyLexicon.Form form = lexicon.form(t.get(j).text());
            if (form != null && form.position().allowsSuffix()) {
                if (qualifierWords == 0) {
                    return new Suffix(resolve(t, form.currency(), k - 1, k), j + 1);
                }
                String code = lexicon.isFamily(form.currency())
                        ? lexicon.qualified(form.currency(), t.words(k, j)) : null;
                return code == null ? null : new Suffix(code, j + 1);
            }
        }
        return null;
    }

    /**
     * The ISO code of a currency form: itself, or for a family the member named by a qualifier ending at token
     * {@code qualifierEnd} ({@code US $}, {@code Pakistani rupees}), else — for families that allow it — by the
     * nearest country named before token {@code formStart} in the span, else the family's default.
     */
    String resolve(MoneyTokens t, String currency, int qualifierEnd, int formStart) {
        if (!lexicon.isFamily(currency)) {
            return currency;
        }
        String adjacent = qualifierEnd >= 0 ? qualifierBefore(t, currency, qualifierEnd) : null;
        if (adjacent != null) {
            return adjacent;
        }
        if (lexicon.hasSentenceReach(currency)) {
            for (int j = formStart - 1; j >= 0; j--) {
                String code = qualifierBefore(t, currency, j);
                if (code != null) {
                    return code;
                }
            }
        }
        return lexicon.defaultCode(currency);
    }

    /** The family member named by the one or two words ending at token {@code end}, or null. */
    private String qualifierBefore(MoneyTokens t, String family, int end) {
        String one = lexicon.qualified(family, t.lower(end));
        if (one != null) {
            return one;
        }
        return end > 0 ? lexicon.qualified(family, t.lower(end - 1) + " " + t.lower(end)) : null;
    }
}
