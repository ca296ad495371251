package org.entente.extraction.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.extraction.text.Chars;
import org.entente.extraction.text.NumberWords;
import org.entente.extraction.text.Token;
import org.entente.extraction.text.Tokenizer;

/**
 * Finds amounts of money in a span of normalised text: a number, possibly scaled ({@code million}, {@code bn},
 * {@code crore}) and possibly a range, with a currency before it ({@code $ 66.2 million}, {@code US$5bn},
 * {@code USD 3.2 million}, {@code Rs. 10bn}, {@code Rs10bn}, {@code €3 million}) or after it
 * ({@code 5 billion dollars}, {@code five billion US dollars}, {@code 2.5 trillion rials}, {@code 3 lakh rupees}).
 * Ranges: {@code $1-2 billion}, {@code $1 billion to $2 billion}, {@code between $1 and 2 billion}; but
 * {@code from $1 billion to $2 billion} is a change between two amounts, found as two. A hedge before the amount
 * ({@code around}, {@code more than}, {@code up to}, see {@code hedges.tsv}) marks it hedged.
 *
 * <p>Without a currency a number is not money ({@code 1,000 scholarships}, {@code 220 million} people, years,
 * percentages). Currencies that share a name are told apart by the country named with them
 * ({@code currency-families.tsv}); {@code $} is the US dollar unless another dollar is named next to it.
 *
 * <p>Stateless and thread-safe; the dictionaries are loaded once and shared.
 */
public final class MoneyFinder {

    /** A currency code glued to digits in one word: {@code Rs10bn}, {@code PKR5m}. */
    private static final Pattern GLUED = Pattern.compile("(\\p{L}{2,3}\\.?)(\\d+(?:[.,]\\d+)*)(\\p{L}{0,7})");

    private final Tokenizer tokenizer;
    private final CurrencyLexicon lexicon;
    private final NumberWords numbers;

    /** A finder with the built-in dictionaries. */
    public MoneyFinder() {
        this(new Tokenizer());
    }

    /** A finder that tokenizes spans with the given tokenizer. */
    public MoneyFinder(Tokenizer tokenizer) {
        this.tokenizer = Objects.requireNonNull(tokenizer);
        this.lexicon = CurrencyLexicon.standard();
        this.numbers = NumberWords.standard();
    }

    /** The amounts of money in {@code text[start, end)}, with offsets into {@code text}. */
    public List<MoneyMention> find(String text, int start, int end) {
        return find(text, tokenizer.tokenize(text, start, end));
    }

    /** The amounts of money among already computed tokens of {@code text}, with offsets into {@code text}. */
    public List<MoneyMention> find(String text, List<Token> tokens) {
        Scan s = new Scan(text, tokens);
        List<MoneyMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Found f = s.at(i);
            if (f == null) {
                i++;
                continue;
            }
            out.add(s.mention(f));
            i = f.next();
        }
        return out;
    }

    /** A number read from the text: its value before scaling, the scale, and the token after it. */
    private record Amount(double value, double factor, int next) {

        double scaled() {
            return times(value, factor);
        }
    }

    /** The product in decimal arithmetic, so that 66.2 million is 66 200 000 and not 66 200 000.00000001. */
    private static double times(double value, double factor) {
        return BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(factor)).doubleValue();
    }

    /** An amount of money found between tokens {@code first} and {@code next}. */
    private record Found(int first, int next, double amount, Double high, String currency) {
    }

    /** The scan of one span. */
    private final class Scan {

        private final String text;
        private final List<Token> tokens;
        /** Lower-case token texts, filled on first use. */
        private final String[] lower;

        Scan(String text, List<Token> tokens) {
            this.text = text;
            this.tokens = tokens;
            this.lower = new String[tokens.size()];
        }

        String lower(int i) {
            if (i < 0 || i >= lower.length) {
                return "";
            }
            if (lower[i] == null) {
                lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
            }
            return lower[i];
        }

        Found at(int i) {
            Token t = tokens.get(i);
            switch (t.type()) {
                case NUMBER -> {
                    return currencyAfter(i);
                }
                case SYMBOL -> {
                    return currencyBefore(i);
                }
                case WORD -> {
                    return atWord(i, t.text());
                }
                default -> {
                    return null;
                }
            }
        }

        /** Money starting at a word: a number word, "between", a currency code or word, or a code glued to digits. */
        private Found atWord(int i, String word) {
            int role = lexicon.role(word);
            if (role == CurrencyLexicon.NONE && Character.isUpperCase(word.charAt(0))) {
                role = lexicon.role(lower(i));
            }
            if (role == CurrencyLexicon.NONE && word.indexOf('-') > 0 && numbers.value(lower(i)) != null) {
                role = CurrencyLexicon.NUMBER_WORD;
            }
            return switch (role) {
                case CurrencyLexicon.NUMBER_WORD -> currencyAfter(i);
                case CurrencyLexicon.BETWEEN -> between(i);
                case CurrencyLexicon.CURRENCY -> currencyBefore(i);
                default -> hasDigit(word) ? glued(i) : null;
            };
        }

        private static boolean hasDigit(String word) {
            for (int k = 0; k < word.length(); k++) {
                if (Chars.isAsciiDigit(word.charAt(k))) {
                    return true;
                }
            }
            return false;
        }

        /** {@code $ 66.2 million}, {@code US $5bn}, {@code Rs. 10 crore}, {@code $1-2 billion}, {@code $1 to $2 billion}. */
        private Found currencyBefore(int i) {
            int[] formEnd = new int[1];
            CurrencyLexicon.Form form = prefixForm(i, formEnd);
            if (form == null) {
                return null;
            }
            Amount first = amount(formEnd[0]);
            if (first == null) {
                return null;
            }
            String currency = resolve(form.currency(), i - 1, i);
            Found range = rangeAfter(i, first, form);
            return range != null ? range : new Found(i, first.next(), first.scaled(), null, currency);
        }

        /** A prefix currency form at token {@code i} (one token, or two written together: {@code U.S.$}); sets its end. */
        private CurrencyLexicon.Form prefixForm(int i, int[] end) {
            if (i >= tokens.size()) {
                return null;
            }
            if (i + 1 < tokens.size() && tokens.get(i + 1).type() == Token.Type.SYMBOL && adjacent(i, i + 1)) {
                CurrencyLexicon.Form two = lexicon.form(tokens.get(i).text() + tokens.get(i + 1).text());
                if (two != null && two.position().allowsPrefix()) {
                    end[0] = i + 2;
                    return two;
                }
            }
            CurrencyLexicon.Form one = lexicon.form(tokens.get(i).text());
            end[0] = i + 1;
            return one != null && one.position().allowsPrefix() ? one : null;
        }

        /** The second half of a range after {@code first}: {@code -2 billion}, {@code to $2 billion}. */
        private Found rangeAfter(int start, Amount first, CurrencyLexicon.Form form) {
            int k = first.next();
            boolean dash = isDash(k);
            boolean to = lower(k).equals("to") && !lower(start - 1).equals("from");
            if (!dash && !to) {
                return null;
            }
            int j = k + 1;
            int[] formEnd = new int[1];
            if (form != null && prefixForm(j, formEnd) != null) {
                j = formEnd[0];
            }
            Amount second = amount(j);
            if (second == null) {
                return null;
            }
            double factor = first.factor() == 1 ? second.factor() : first.factor();
            double low = times(first.value(), factor);
            double high = second.scaled();
            if (high <= low) {
                return null;
            }
            int next = second.next();
            String currency;
            if (form != null) {
                currency = resolve(form.currency(), start - 1, start);
            } else {
                Suffix suffix = suffixAt(next);
                if (suffix == null) {
                    return null;
                }
                currency = suffix.currency();
                next = suffix.next();
            }
            return new Found(start, next, low, high, currency);
        }

        /** {@code 5 billion dollars}, {@code five billion US dollars}, {@code 3.2 million USD}, {@code 1-2 billion dollars}. */
        private Found currencyAfter(int i) {
            Amount amount = amount(i);
            if (amount == null) {
                return null;
            }
            Found range = rangeAfter(i, amount, null);
            if (range != null) {
                return range;
            }
            Suffix suffix = suffixAt(amount.next());
            return suffix == null ? null : new Found(i, suffix.next(), amount.scaled(), null, suffix.currency());
        }

        private record Suffix(String currency, int next) {
        }

        /** A currency after an amount, possibly with a country before it ({@code Pakistani rupees}). */
        private Suffix suffixAt(int k) {
            for (int qualifierWords = 0; qualifierWords <= 2; qualifierWords++) {
                int j = k + qualifierWords;
                if (j >= tokens.size()) {
                    return null;
                }
                CurrencyLexicon.Form form = lexicon.form(tokens.get(j).text());
                if (form != null && form.position().allowsSuffix()) {
                    if (qualifierWords == 0) {
                        return new Suffix(resolve(form.currency(), k - 1, k), j + 1);
                    }
                    String code = lexicon.isFamily(form.currency())
                            ? lexicon.qualified(form.currency(), words(k, j)) : null;
                    return code == null ? null : new Suffix(code, j + 1);
                }
            }
            return null;
        }

        /** {@code between $1 and 2 billion}, {@code between 1 and 2 billion dollars}. */
        private Found between(int i) {
            int[] formEnd = new int[1];
            CurrencyLexicon.Form form = prefixForm(i + 1, formEnd);
            int j = form != null ? formEnd[0] : i + 1;
            Amount first = amount(j);
            if (first == null || !lower(first.next()).equals("and")) {
                return null;
            }
            int k = first.next() + 1;
            if (form != null && prefixForm(k, formEnd) != null) {
                k = formEnd[0];
            }
            Amount second = amount(k);
            if (second == null) {
                return null;
            }
            double factor = first.factor() == 1 ? second.factor() : first.factor();
            double low = times(first.value(), factor);
            double high = second.scaled();
            int next = second.next();
            String currency;
            if (form != null) {
                currency = resolve(form.currency(), i, i + 1);
            } else {
                Suffix suffix = suffixAt(next);
                if (suffix == null) {
                    return null;
                }
                currency = suffix.currency();
                next = suffix.next();
            }
            return high > low ? new Found(i, next, low, high, currency) : null;
        }

        /** {@code Rs10bn}, {@code PKR5m}: a currency, digits and a multiplier in one word. */
        private Found glued(int i) {
            Matcher m = GLUED.matcher(tokens.get(i).text());
            if (!m.matches()) {
                return null;
            }
            CurrencyLexicon.Form form = lexicon.form(m.group(1));
            CurrencyLexicon.Multiplier multiplier = m.group(3).isEmpty() ? null
                    : lexicon.multiplier(m.group(3).toLowerCase(Locale.ROOT));
            if (form == null || !form.position().allowsPrefix() || !m.group(3).isEmpty() && multiplier == null) {
                return null;
            }
            double value = Double.parseDouble(m.group(2).replace(",", ""));
            double factor = multiplier == null ? 1 : multiplier.factor();
            Amount trailing = multiplier == null ? scale(value, i + 1) : new Amount(value, factor, i + 1);
            return new Found(i, trailing.next(), trailing.scaled(), null, resolve(form.currency(), i - 1, i));
        }

        /** A number at token {@code j} with an optional multiplier after it, or null. */
        private Amount amount(int j) {
            if (j >= tokens.size()) {
                return null;
            }
            Token t = tokens.get(j);
            if (t.type() == Token.Type.NUMBER) {
                Double value = plainNumber(t.text());
                return value == null ? null : scale(value, j + 1);
            }
            if (t.type() != Token.Type.WORD) {
                return null;
            }
            if (lower(j).equals("half") && (lower(j + 1).equals("a") || lower(j + 1).equals("an"))) {
                Amount scaled = scale(0.5, j + 2);
                return scaled.factor() > 1 ? scaled : null;
            }
            Double value = numbers.value(lower(j));
            if (value == null || value < 1) {
                return null;
            }
            Amount scaled = scale(value, j + 1);
            boolean article = lower(j).equals("a") || lower(j).equals("an");
            return article && scaled.factor() == 1 ? null : scaled;
        }

        /** The value with the multiplier at token {@code k}, if any. */
        private Amount scale(double value, int k) {
            CurrencyLexicon.Multiplier multiplier = k < tokens.size() ? lexicon.multiplier(lower(k)) : null;
            if (multiplier == null || multiplier.glued() && !adjacent(k - 1, k)) {
                return new Amount(value, 1, k);
            }
            return new Amount(value, multiplier.factor(), k + 1);
        }

        /** Digits with thousands separators and a decimal point; null for dates, times, fractions. */
        private Double plainNumber(String s) {
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

        /**
         * The ISO code of a currency form: itself, or for a family the member named by a qualifier right before the
         * form ({@code US $}, {@code Pakistani rupees}), else — for families that allow it — by the nearest country
         * named earlier in the span, else the family's default.
         */
        private String resolve(String currency, int qualifierEnd, int formStart) {
            if (!lexicon.isFamily(currency)) {
                return currency;
            }
            String adjacent = qualifierEnd >= 0 ? qualifierBefore(currency, qualifierEnd) : null;
            if (adjacent != null) {
                return adjacent;
            }
            if (lexicon.hasSentenceReach(currency)) {
                for (int j = formStart - 1; j >= 0; j--) {
                    String code = qualifierBefore(currency, j);
                    if (code != null) {
                        return code;
                    }
                }
            }
            return lexicon.defaultCode(currency);
        }

        /** The family member named by the one or two words ending at token {@code end}, or null. */
        private String qualifierBefore(String family, int end) {
            String one = lexicon.qualified(family, lower(end));
            if (one != null) {
                return one;
            }
            return end > 0 ? lexicon.qualified(family, lower(end - 1) + " " + lower(end)) : null;
        }

        private String words(int from, int to) {
            StringBuilder b = new StringBuilder();
            for (int j = from; j < to; j++) {
                b.append(j > from ? " " : "").append(lower(j));
            }
            return b.toString();
        }

        private boolean adjacent(int i, int j) {
            return tokens.get(i).end() == tokens.get(j).start();
        }

        private boolean isDash(int i) {
            return i < tokens.size() && tokens.get(i).type() == Token.Type.PUNCT && tokens.get(i).length() == 1
                    && Chars.isDash(tokens.get(i).text().charAt(0));
        }

        MoneyMention mention(Found f) {
            int start = tokens.get(f.first()).start();
            int end = tokens.get(f.next() - 1).end();
            String hedge = hedgeBefore(f.first());
            Double usd = f.currency().equals("USD") ? f.amount() : null;
            return new MoneyMention(start, end, text.substring(start, end), f.amount(), f.high(), f.currency(),
                    hedge != null, hedge, usd);
        }

        /** The longest hedge phrase ending right before token {@code i}, or null. */
        private String hedgeBefore(int i) {
            for (String[] words : lexicon.hedgesEndingWith(lower(i - 1))) {
                int first = i - words.length;
                boolean match = first >= 0;
                for (int k = 0; match && k < words.length; k++) {
                    match = lower(first + k).equals(words[k]);
                }
                if (match) {
                    return String.join(" ", words);
                }
            }
            return null;
        }
    }
}
