package org.entente.extraction.money;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.extraction.text.Chars;
import org.entente.extraction.text.NumberWords;
import org.entente.extraction.text.Token;

/** The shapes of an amount of money, tried at a token: see {@link MoneyFinder}. */
final class MoneyRules {

    /** A currency code glued to digits in one word: {@code Rs10bn}, {@code PKR5m}. */
    private static final Pattern GLUED = Pattern.compile("(\\p{L}{2,3}\\.?)(\\d+(?:[.,]\\d+)*)(\\p{L}{0,7})");

    /** An amount of money found between tokens {@code first} and {@code next}. */
    record Found(int first, int next, double amount, Double high, String currency) {
    }

    private final CurrencyLexicon lexicon;
    private final NumberWords numbers;
    private final AmountReader amounts;
    private final CurrencyReader currencies;

    MoneyRules(CurrencyLexicon lexicon, NumberWords numbers) {
        this.lexicon = lexicon;
        this.numbers = numbers;
        this.amounts = new AmountReader(lexicon, numbers);
        this.currencies = new CurrencyReader(lexicon);
    }

    /** The amount of money starting at token {@code i}, or null. */
    Found at(MoneyTokens t, int i) {
        return switch (t.get(i).type()) {
            case NUMBER -> currencyAfter(t, i);
            case SYMBOL -> currencyBefore(t, i);
            case WORD -> atWord(t, i, t.get(i).text());
            default -> null;
        };
    }

    /** Money starting at a word: a number word, "between", a currency code or word, or a code glued to digits. */
    private Found atWord(MoneyTokens t, int i, String word) {
        int role = lexicon.role(word);
        if (role == CurrencyLexicon.NONE && word.indexOf('-') > 0 && numbers.value(t.lower(i)) != null) {
            role = CurrencyLexicon.NUMBER_WORD;
        }
        return switch (role) {
            case CurrencyLexicon.NUMBER_WORD -> currencyAfter(t, i);
            case CurrencyLexicon.BETWEEN -> between(t, i);
            case CurrencyLexicon.CURRENCY -> currencyBefore(t, i);
            default -> mayBeGlued(word) ? glued(t, i) : null;
        };
    }

    /** Whether digits follow the first two or three letters, as in {@code Rs10bn} or {@code Rs.10bn}. */
    private static boolean mayBeGlued(String word) {
        int n = word.length();
        return n > 2 && Chars.isAsciiDigit(word.charAt(2)) || n > 3 && Chars.isAsciiDigit(word.charAt(3))
                || n > 4 && word.charAt(3) == '.' && Chars.isAsciiDigit(word.charAt(4));
    }

    /** {@code $ 66.2 million}, {@code US $5bn}, {@code Rs. 10 crore}, {@code $1-2 billion}, {@code $1 to $2 billion}. */
    private Found currencyBefore(MoneyTokens t, int i) {
        int[] formEnd = new int[1];
        CurrencyLexicon.Form form = currencies.prefixAt(t, i, formEnd);
        AmountReader.Amount first = form == null ? null : amounts.at(t, formEnd[0]);
        if (first == null) {
            return null;
        }
        Found range = rangeAfter(t, i, first, form);
        return range != null ? range
                : new Found(i, first.next(), first.scaled(), null, currencies.resolve(t, form.currency(), i - 1, i));
    }

    /** {@code 5 billion dollars}, {@code five billion US dollars}, {@code 3.2 million USD}, {@code 1-2 billion dollars}. */
    private Found currencyAfter(MoneyTokens t, int i) {
        AmountReader.Amount amount = amounts.at(t, i);
        if (amount == null) {
            return null;
        }
        Found range = rangeAfter(t, i, amount, null);
        if (range != null) {
            return range;
        }
        CurrencyReader.Suffix suffix = currencies.suffixAt(t, amount.next());
        return suffix == null ? null : new Found(i, suffix.next(), amount.scaled(), null, suffix.currency());
    }

    /**
     * The second half of a range after {@code first}: {@code -2 billion}, {@code to $2 billion}; with the currency
     * {@code form} before the first amount, or after the second when {@code form} is null. After "from" (and a hedge:
     * "from about $10 billion to $15 billion") a "to" is a change between two amounts, not a range.
     */
    private Found rangeAfter(MoneyTokens t, int start, AmountReader.Amount first, CurrencyLexicon.Form form) {
        int k = first.next();
        String hedge = hedgeBefore(t, start);
        int before = start - 1 - (hedge == null ? 0 : hedge.split(" ").length);
        boolean to = t.lower(k).equals("to") && !t.lower(before).equals("from");
        if (!t.isDash(k) && !to) {
            return null;
        }
        int j = k + 1;
        int[] formEnd = new int[1];
        if (form != null && currencies.prefixAt(t, j, formEnd) != null) {
            j = formEnd[0];
        }
        return secondHalf(t, start, start - 1, first, amounts.at(t, j), form);
    }

    /** {@code between $1 and 2 billion}, {@code between 1 and 2 billion dollars}. */
    private Found between(MoneyTokens t, int i) {
        int[] formEnd = new int[1];
        CurrencyLexicon.Form form = currencies.prefixAt(t, i + 1, formEnd);
        AmountReader.Amount first = amounts.at(t, form != null ? formEnd[0] : i + 1);
        if (first == null || !t.lower(first.next()).equals("and")) {
            return null;
        }
        int k = first.next() + 1;
        if (form != null && currencies.prefixAt(t, k, formEnd) != null) {
            k = formEnd[0];
        }
        return secondHalf(t, i, i, first, amounts.at(t, k), form);
    }

    /**
     * A range from {@code first} to {@code second}, starting at token {@code start}; a scale written only on the
     * second amount applies to both ({@code $1-2 billion}).
     */
    private Found secondHalf(MoneyTokens t, int start, int qualifierEnd, AmountReader.Amount first,
                             AmountReader.Amount second, CurrencyLexicon.Form form) {
        if (second == null) {
            return null;
        }
        double factor = first.factor() == 1 ? second.factor() : first.factor();
        double low = AmountReader.times(first.value(), factor);
        double high = second.scaled();
        if (high <= low) {
            return null;
        }
        if (form != null) {
            return new Found(start, second.next(), low, high, currencies.resolve(t, form.currency(), qualifierEnd,
                    start));
        }
        CurrencyReader.Suffix suffix = currencies.suffixAt(t, second.next());
        return suffix == null ? null : new Found(start, suffix.next(), low, high, suffix.currency());
    }

    /** {@code Rs10bn}, {@code PKR5m}: a currency, digits and a multiplier in one word. */
    private Found glued(MoneyTokens t, int i) {
        Matcher m = GLUED.matcher(t.get(i).text());
        if (!m.matches()) {
            return null;
        }
        CurrencyLexicon.Form form = lexicon.form(m.group(1));
        String scale = m.group(3);
        CurrencyLexicon.Multiplier multiplier = scale.isEmpty() ? null : lexicon.multiplier(scale.toLowerCase(Locale.ROOT));
        if (form == null || !form.position().allowsPrefix() || !scale.isEmpty() && multiplier == null) {
            return null;
        }
        double value = Double.parseDouble(m.group(2).replace(",", ""));
        AmountReader.Amount amount = multiplier == null ? amounts.scale(t, value, i + 1)
                : new AmountReader.Amount(value, multiplier.factor(), i + 1);
        return new Found(i, amount.next(), amount.scaled(), null, currencies.resolve(t, form.currency(), i - 1, i));
    }

    /** The mention of an amount found, with the hedge before it. */
    MoneyMention mention(MoneyTokens t, Found f) {
        Token first = t.get(f.first());
        Token last = t.get(f.next() - 1);
        String hedge = hedgeBefore(t, f.first());
        Double usd = f.currency().equals("USD") ? f.amount() : null;
        return new MoneyMention(first.start(), last.end(), t.text().substring(first.start(), last.end()), f.amount(),
                f.high(), f.currency(), hedge != null, hedge, usd);
    }

    /** The longest hedge phrase ending right before token {@code i}, or null. */
    private String hedgeBefore(MoneyTokens t, int i) {
        for (String[] words : lexicon.hedgesEndingWith(t.lower(i - 1))) {
            int first = i - words.length;
            boolean match = first >= 0;
            for (int k = 0; match && k < words.length; k++) {
                match = t.lower(first + k).equals(words[k]);
            }
            if (match) {
                return String.join(" ", words);
            }
        }
        return null;
    }
}
