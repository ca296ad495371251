package org.entente.extraction.money;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

    private final Tokenizer tokenizer;
    private final MoneyRules rules;

    /** A finder with the built-in dictionaries. */
    public MoneyFinder() {
        this(new Tokenizer());
    }

    /** A finder that tokenizes spans with the given tokenizer. */
    public MoneyFinder(Tokenizer tokenizer) {
        this.tokenizer = Objects.requireNonNull(tokenizer);
        this.rules = new MoneyRules(CurrencyLexicon.standard(), NumberWords.standard());
    }

    /** The amounts of money in {@code text[start, end)}, with offsets into {@code text}. */
    public List<MoneyMention> find(String text, int start, int end) {
        return find(text, tokenizer.tokenize(text, start, end));
    }

    /** The amounts of money among already computed tokens of {@code text}, with offsets into {@code text}. */
    public List<MoneyMention> find(String text, List<Token> tokens) {
        MoneyTokens t = new MoneyTokens(text, tokens);
        List<MoneyMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            MoneyRules.Found f = rules.at(t, i);
            if (f == null) {
                i++;
                continue;
            }
            out.add(rules.mention(t, f));
            i = f.next();
        }
        return out;
    }
}
