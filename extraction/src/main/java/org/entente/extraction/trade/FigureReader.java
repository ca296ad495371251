package org.entente.extraction.trade;

import java.util.ArrayList;
import java.util.List;

import org.entente.extraction.FuzzyDate;
import org.entente.extraction.money.MoneyMention;
import org.entente.extraction.text.Token;
import org.entente.extraction.trade.TradeLexicon.Match;
import org.entente.extraction.trade.TradeLexicon.WordClass;
import org.entente.extraction.trade.TradeWords.MoneySpan;
import org.entente.extraction.analysis.SentenceTokens.StateSpan;
import org.entente.extraction.analysis.SentenceTokens.TimeSpan;
import org.entente.extraction.time.TimeMention;

/**
 * Reads the trade figures of one sentence: each amount of money that a trade word governs.
 *
 * <ul>
 *   <li>An amount is a trade figure when the nearest word of {@code trade-words.tsv} before it in its clause names a
 *       flow ("exported", "exports", "trade", "turnover") and none after it names something else ("$5 billion in
 *       investment"); an amount after "by" is a change ("fell by $2 billion"), not a figure.</li>
 *   <li>The amount of a change "from $X to $Y" is governed like the amount before it.</li>
 *   <li>Direction and parties: see {@link Sides}.</li>
 *   <li>The year is the clause's time expression nearest the amount (else the sentence's before it); none for
 *       "per year" and "currently"; a target's year only from "by 2030" or "in 2030". A figure told in the past
 *       without one, and with no trade sentence before it in its paragraph, is dated by its paragraph.</li>
 *   <li>Basis: a target after goal words ("aim to raise trade to", but not the level it starts "from"), an estimate
 *       for a hedged amount or a range
 *       (coded at its low end), else actual. A hypothetical ("could reach") with a year it could be reached by
 *       is a target; without one, like a denied figure, it is none.</li>
 *   <li>Product: the words of "exports of rice", "rice exports", "exported rice worth", "$2 billion worth of rice",
 *       "trade in services", without words that name all goods ("total", "goods", "legal").</li>
 *   <li>An amount in another currency with a dollar amount beside it ("€3 billion ($3.3 billion)") is one figure
 *       with that dollar value; without one the coder converts it at its year's average rate.</li>
 *   <li>Amounts coordinated with a figure ("$79 billion in 2022 and $85 billion in 2023") are figures of the same
 *       flow; with "respectively" each takes its year from the list after them; each takes its side from a list
 *       of as many states ("exports to A and B were $X and $Y (respectively)").</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class FigureReader {

    /** How far before an amount its trade word may stand. */
    private static final int CUE_REACH = 18;
    /** How far after an amount a word may still name what it is ("$5 billion in investment"). */
    private static final int AFTER_REACH = 3;
    /** How far before a trade word a negation may stand ("no direct trade"). */
    private static final int NEGATION_REACH = 3;
    /** The longest evidence quote. */
    private static final int MAX_QUOTE = 199;
    /** The most words a product may have. */
    private static final int MAX_PRODUCT_WORDS = 8;
    /** The most words before a trade word that may name its product ("rice", "mineral oil and fuel"). */
    private static final int MAX_MODIFIERS = 4;

    private final TradeLexicon lexicon;

    FigureReader(TradeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The figures of a sentence, in text order. */
    List<Figure> read(TradeWords w, TradeContext context) {
        List<Figure> out = new ArrayList<>();
        List<MoneySpan> money = w.money();
        int previousCue = -1;
        MoneySpan previous = null;
        String owner = null;
        for (int n = 0; n < money.size(); n++) {
            MoneySpan m = money.get(n);
            MoneySpan equivalent = n + 1 < money.size() && isEquivalent(w, m, money.get(n + 1)) ? money.get(n + 1)
                    : null;
            int cue = isSecondOfChange(w, previous, m) ? previousCue : cueFor(w, m);
            if (cue < 0 && previousCue >= 0 && isCoordinated(w, previous, m)) {
                cue = previousCue;
            }
            if (cue >= 0) {
                Figure f = figure(w, m, equivalent, cue, context, owner);
                if (f != null) {
                    out.add(f);
                    owner = f.owner() != null ? f.owner() : owner;
                }
            }
            previousCue = cue;
            previous = m;
            if (equivalent != null) {
                n++;
            }
        }
        return out;
    }

    /**
     * "fell from $38 billion in 2013 to $12 billion", "reached $150 billion, up from $2 billion in 2000": the other
     * amount of a change is governed like the one before it in its clause.
     */
    private static boolean isSecondOfChange(TradeWords w, MoneySpan previous, MoneySpan m) {
        if (previous == null || w.clauseStart(previous.first()) != w.clauseStart(m.first())) {
            return false;
        }
        if (w.lower(m.first() - 1 - hedgeLength(m.mention())).equals("from")) {
            return true;
        }
        if (!w.lower(previous.first() - 1 - hedgeLength(previous.mention())).equals("from")) {
            return false;
        }
        for (int k = previous.last() + 1; k < m.first(); k++) {
            if (w.lower(k).equals("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "$79 billion in 2022 and $85 billion in 2023", "$5 billion, $6 billion and $7 billion", "$3 billion worth of
     * coal and $1 billion worth of palm oil": an amount coordinated with the one before it in its clause, with
     * nothing but times, the goods of the one before, commas and "and" between them, is governed like it.
     */
    private boolean isCoordinated(TradeWords w, MoneySpan previous, MoneySpan m) {
        if (previous == null || w.clauseStart(previous.first()) != w.clauseStart(m.first())) {
            return false;
        }
        boolean and = false;
        int k = previous.last() + 1;
        int end = m.first() - hedgeLength(m.mention());
        while (k < end) {
            TimeSpan time = w.timeAt(k);
            String lower = w.lower(k);
            if (time != null) {
                k = time.last() + 1;
                continue;
            }
            boolean between = lower.equals("and") || lower.equals(",") || lower.equals("in") || lower.equals("for");
            boolean goods = !and && (lower.equals("worth") || lower.equals("of") || isProductToken(w, k));
            if (!between && !goods) {
                return false;
            }
            and |= lower.equals("and") || lower.equals(",");
            k++;
        }
        return and;
    }

    /** "€3 billion ($3.3 billion)", "$1.1 billion (€1 billion)": the same amount in two currencies. */
    private static boolean isEquivalent(TradeWords w, MoneySpan a, MoneySpan b) {
        boolean oneInDollars = "USD".equals(a.mention().currency()) != "USD".equals(b.mention().currency());
        int gap = b.first() - a.last() - 1;
        String first = w.lower(a.last() + 1);
        return oneInDollars && gap >= 1 && gap <= 3 && (first.equals("(") || first.equals("or") || first.equals(","));
    }

    /** The token of the flow word that governs the amount, or -1 when none does or another word does. */
    private int cueFor(TradeWords w, MoneySpan m) {
        int right = -1;
        for (int k = m.last() + 1; k < Math.min(w.size(), m.last() + 1 + AFTER_REACH); k++) {
            Match x = lexicon.at(w.lower(), k);
            if (x != null && x.is(WordClass.EXCLUDED)) {
                return -1;
            }
            if (x != null && isFlow(x)) {
                right = k;
                break;
            }
        }
        int first = m.first() - hedgeLength(m.mention());
        if (lexicon.isWord(w.lower(first - 1), WordClass.CHANGE)) {
            return -1;
        }
        int from = Math.max(w.clauseStart(m.first()), m.first() - CUE_REACH);
        for (int k = first - 1; k >= from; k--) {
            if (w.moneyAt(k) != null) {
                break;
            }
            Match x = lexicon.at(w.lower(), k);
            if (x != null && x.is(WordClass.EXCLUDED)) {
                return -1;
            }
            if (x != null && isFlow(x)) {
                return k;
            }
        }
        return right;
    }

    private static boolean isFlow(Match x) {
        return x.is(WordClass.EXPORT) || x.is(WordClass.IMPORT) || x.is(WordClass.TOTAL);
    }

    private static int hedgeLength(MoneyMention m) {
        return m.hedge() == null ? 0 : m.hedge().split(" ").length;
    }

    private Figure figure(TradeWords w, MoneySpan m, MoneySpan equivalent, int cue, TradeContext context,
                          String sentenceOwner) {
        int clauseStart = w.clauseStart(Math.min(cue, m.first()));
        boolean hypothetical = has(w, clauseStart, m.first(), WordClass.HYPOTHETICAL);
        if (hypothetical && !isProjection(w, m, clauseStart)
                || has(w, Math.max(clauseStart, cue - NEGATION_REACH), cue, WordClass.NEGATION)) {
            return null;
        }
        Match flowWord = lexicon.at(w.lower(), cue);
        List<MoneySpan> respective = clauseAmounts(w, w.clauseStart(m.first()), w.clauseEnd(m.last()));
        Sides sides = new Sides(lexicon, w, cue, flowWord.length(), m.last(), sentenceOwner)
                .respectively(respective.indexOf(m), respective.size());
        String[] pair = flowWord.is(WordClass.TOTAL) ? sides.total(context, has(w, clauseStart, m.first(),
                WordClass.PAIR)) : sides.directed(flowWord.is(WordClass.IMPORT), context);
        if (pair == null || pair[0].equals(pair[1])) {
            return null;
        }
        boolean baseline = w.lower(m.first() - 1 - hedgeLength(m.mention())).equals("from");
        boolean target = !baseline && (hypothetical || has(w, clauseStart, m.first(), WordClass.TARGET)
                || lexicon.isWord(w.lower(m.last() + 1), WordClass.TARGET)); // "the $5 billion target"
        MoneyMention money = m.mention();
        String basis = target ? "target" : money.hedged() || money.isRange() ? "estimate" : "actual";
        Double usd = money.usd() != null ? money.usd() : equivalent == null ? null : equivalent.mention().usd();
        Integer y = yearOf(w, m, target);
        boolean yearless = y == null && (target || has(w, clauseStart, w.clauseEnd(m.last()), WordClass.ANNUAL)
                || has(w, clauseStart, w.clauseEnd(m.last()), WordClass.CURRENT));
        if (y == null && !yearless && context.lastOwner() == null && isPast(w, clauseStart, m.first())) {
            y = narrativeYear(w);
        }
        String flow = flowWord.is(WordClass.TOTAL) ? "total" : "export";
        String quote = quote(w, Math.min(sides.first(), cue), Math.max(m.last(), sides.last()));
        return new Figure(pair[0], pair[1], flow, y, yearless, money.amount(), money.currency(), usd, basis,
                product(w, cue, flowWord, m), sides.explicit(), sides.owner(), quote, sides.spans());
    }

    /**
     * "could reach $1 billion by 2028": a possible figure that the clause dates to a year after the amount ("by
     * 2028", "in 2030", "next year") is a projection, coded as a target; one "a year" or dated to a month is a possibility.
     */
    private boolean isProjection(TradeWords w, MoneySpan m, int clauseStart) {
        int clauseEnd = w.clauseEnd(m.last());
        if (has(w, clauseStart, clauseEnd, WordClass.ANNUAL)) {
            return false;
        }
        for (TimeSpan t : w.times()) {
            TimeMention tm = t.mention();
            boolean cue = "by".equals(tm.cue()) || "in".equals(tm.cue()) || isRelativeYear(tm);
            if (t.first() > m.last() && t.last() < clauseEnd && cue && tm.date() != null
                    && tm.date().precision() == FuzzyDate.Precision.YEAR) {
                return true;
            }
        }
        return false;
    }

    /** "this year", "next year": a year told relative to the time of writing, not before it ("last year"). */
    private static boolean isRelativeYear(TimeMention tm) {
        return tm.kind() == TimeMention.Kind.RELATIVE && tm.date() != null
                && tm.date().precision() == FuzzyDate.Precision.YEAR
                && (tm.anchor() == null || tm.date().year() >= tm.anchor().year());
    }

    /** The text of tokens {@code first..last}, cut at a word to under 200 characters. */
    private static String quote(TradeWords w, int first, int last) {
        String text = w.text(first, last);
        if (text.length() <= MAX_QUOTE) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_QUOTE);
        return text.substring(0, cut > 0 ? cut : MAX_QUOTE);
    }

    /** Whether tokens {@code from..to-1} hold a word of the class. */
    private boolean has(TradeWords w, int from, int to, WordClass wordClass) {
        for (int k = Math.max(0, from); k < Math.min(to, w.size()); k++) {
            Match x = lexicon.at(w.lower(), k);
            if (x != null && x.is(wordClass) && w.timeAt(k) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The year of the figure: for a target the year after "by" or "in" following the amount, or a relative year
     * after it ("next year"); else that of the
     * clause's time expression nearest the amount that has a date and is not "since", "until" or a present
     * ("currently"), or, when the clause has none, the last one earlier in the sentence ("In 2022 A's exports
     * reached $X, while B's fell to $Y"); of two as near, the one after the amount ("$79 billion in 2022 and
     * $85 billion in 2023"). A fiscal year spelled out in brackets ("FY20 (April 2019 to March 2020)")
     * is the calendar year it starts in.
     */
    private Integer yearOf(TradeWords w, MoneySpan m, boolean target) {
        int from = w.clauseStart(m.first());
        int to = w.clauseEnd(m.last());
        Integer respective = respectiveYear(w, m, from, to);
        if (respective != null) {
            return respective;
        }
        TimeSpan best = null;
        int bestDistance = Integer.MAX_VALUE;
        TimeSpan earlier = null;
        for (TimeSpan t : w.times()) {
            TimeMention tm = t.mention();
            String cue = tm.cue() == null ? "" : tm.cue();
            boolean usable = yearNumber(tm) != null && !isCurrent(w, t) && (target
                    ? t.first() > m.last() && (cue.equals("by") || cue.equals("in") || isRelativeYear(tm))
                    : !cue.equals("since") && !cue.equals("until"));
            if (!usable) {
                continue;
            }
            if (t.last() < from && !target) {
                earlier = t;
            }
            if (t.first() < from || t.last() >= to) {
                continue;
            }
            int distance = t.first() > m.last() ? t.first() - m.last() : m.first() - t.last();
            boolean after = t.first() > m.last();
            if (distance < bestDistance || distance == bestDistance && after) {
                bestDistance = distance;
                best = t;
            }
        }
        TimeSpan chosen = best != null ? best : earlier;
        return chosen == null ? null : spelledOut(w, chosen);
    }

    /**
     * "$79 billion and $85 billion in 2022 and 2023 respectively": with "respectively", the n-th amount of the clause
     * takes the n-th year listed after its last amount, when there are as many years as amounts; else null.
     */
    private static Integer respectiveYear(TradeWords w, MoneySpan m, int from, int to) {
        int respectively = respectively(w, m, to);
        List<MoneySpan> amounts = clauseAmounts(w, from, respectively);
        if (respectively < 0 || amounts.isEmpty()) {
            return null;
        }
        int lastAmount = amounts.get(amounts.size() - 1).last();
        List<Integer> years = new ArrayList<>();
        for (TimeSpan t : w.times()) {
            if (t.first() > lastAmount && t.last() < respectively && yearNumber(t.mention()) != null) {
                years.add(yearNumber(t.mention()));
            }
        }
        int index = amounts.indexOf(m);
        return index >= 0 && years.size() == amounts.size() ? years.get(index) : null;
    }

    /** The token of "respectively" after the amount in its clause, or -1. */
    private static int respectively(TradeWords w, MoneySpan m, int to) {
        for (int k = m.last() + 1; k < to; k++) {
            if (w.lower(k).equals("respectively")) {
                return k;
            }
        }
        return -1;
    }

    /** The amounts of tokens {@code from..to-1}. */
    private static List<MoneySpan> clauseAmounts(TradeWords w, int from, int to) {
        List<MoneySpan> amounts = new ArrayList<>();
        for (MoneySpan other : w.money()) {
            if (other.first() >= from && other.last() < to) {
                amounts.add(other);
            }
        }
        return amounts;
    }

    /**
     * The year of a time expression; for a fiscal year spelled out in brackets right after it ("FY20 (April 2019 to
     * March 2020)"), or for a time inside such brackets, the year of the first time in the brackets.
     */
    private static Integer spelledOut(TradeWords w, TimeSpan t) {
        for (TimeSpan fiscal : w.times()) {
            if (fiscal.mention().kind() != TimeMention.Kind.FISCAL || !w.lower(fiscal.last() + 1).equals("(")) {
                continue;
            }
            int close = fiscal.last() + 2;
            while (close < w.size() && !w.lower(close).equals(")")) {
                close++;
            }
            TimeSpan inside = w.timeAt(fiscal.last() + 2);
            boolean concerned = t == fiscal || t.first() > fiscal.last() && t.last() < close;
            if (concerned && inside != null && yearNumber(inside.mention()) != null) {
                return yearNumber(inside.mention());
            }
        }
        return yearNumber(t.mention());
    }

    /** Whether the words from the clause start to the amount tell it in the past ("exported", "stood at"). */
    private boolean isPast(TradeWords w, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lexicon.isWord(w.lower(k), WordClass.PAST) || w.token(k).isWord() && w.lower(k).endsWith("ed")) {
                return true;
            }
        }
        return false;
    }

    /** The last year the paragraph gave before the sentence, or null. */
    private static Integer narrativeYear(TradeWords w) {
        FuzzyDate date = w.analysed().paragraphDate();
        return date == null ? null : date.year();
    }

    /** "currently", "at present": a time of writing, which gives a trade figure no year. */
    private boolean isCurrent(TradeWords w, TimeSpan t) {
        return t.mention().kind() == TimeMention.Kind.RELATIVE && lexicon.is(w.lower(), t.first(),
                WordClass.CURRENT);
    }

    private static Integer yearNumber(TimeMention m) {
        if (m.date() != null) {
            return m.date().year();
        }
        return m.from() != null && (m.kind() == TimeMention.Kind.RANGE || m.kind() == TimeMention.Kind.FISCAL)
                ? m.from().year() : null;
    }

    /** The product or sector the figure is for, or null for all goods. */
    private String product(TradeWords w, int cue, Match flowWord, MoneySpan m) {
        int after = partyAfter(w, cue + flowWord.length());
        String product = null;
        int amountStart = m.first() - hedgeLength(m.mention());
        if (w.lower(after).equals("of") || flowWord.is(WordClass.TOTAL) && w.lower(after).equals("in")) {
            product = words(w, after + 1, amountStart);
        }
        if (product == null) {
            product = modifiers(w, cue);
        }
        if (product == null && !flowWord.is(WordClass.TOTAL) && after < amountStart) {
            product = words(w, after, amountStart);
        }
        if (product == null) {
            int of = w.lower(m.last() + 1).equals("worth") ? m.last() + 2 : m.last() + 1;
            if (w.lower(of).equals("of")) {
                product = words(w, of + 1, w.size());
            }
        }
        return product;
    }

    /**
     * The token after a side named right after the trade word ("exports to Russia of crude oil" → "of"), else
     * {@code after} itself.
     */
    private static int partyAfter(TradeWords w, int after) {
        String lower = w.lower(after);
        boolean preposition = lower.equals("to") || lower.equals("from") || lower.equals("into");
        StateSpan state = preposition ? w.stateAt(after + 1) : null;
        return state != null && w.lower(state.last() + 1).equals("of") ? state.last() + 1 : after;
    }

    /**
     * Product words from token {@code from} (after a state naming their origin: "of Chinese active ingredients"),
     * up to a preposition, link, verb, state, time, amount or punctuation; "services" alone is a sector ("trade in
     * services"), while "goods and services" name everything.
     */
    private String words(TradeWords w, int from, int to) {
        int k = from;
        while (k < to && (lexicon.isWord(w.lower(k), WordClass.DETERMINER) || w.stateAt(k) != null)) {
            k = w.stateAt(k) != null ? w.stateAt(k).last() + 1 : k + 1;
        }
        from = k;
        int last = -1;
        boolean named = false;
        int end = Math.min(to, w.size());
        while (k < end && k - from < MAX_PRODUCT_WORDS
                && (isProductToken(w, k) || isAdjectiveParticiple(w, k) && k + 1 < end)) {
            named |= !lexicon.isWord(w.lower(k), WordClass.GENERIC) && !w.lower(k).equals("and")
                    && !w.lower(k).equals(",");
            last = k;
            k++;
        }
        while (last >= from && (w.lower(last).equals("and") || w.lower(last).equals(","))) {
            last--;
        }
        if (!named && last == from && w.lower(from).equals("services")) {
            return w.text(from, last);
        }
        return named && last >= from ? trimGeneric(w, from, last) : null;
    }

    /**
     * The words right before a trade word that name what is traded ("rice exports", "mineral oil and fuel
     * exports"). Unless a determiner, possessive, state, preposition or punctuation marks where they start, only
     * the last is taken ("officials said milk exports" → "milk").
     */
    private String modifiers(TradeWords w, int cue) {
        int k = cue - 1;
        while (k >= 0 && cue - k <= MAX_MODIFIERS
                && (isProductToken(w, k) || k + 1 < cue && isAdjectiveParticiple(w, k))) {
            k--;
        }
        if (k + 1 >= cue) {
            return null;
        }
        return words(w, startsPhrase(w, k) ? k + 1 : cue - 1, cue);
    }

    /**
     * Whether token {@code k} ends what comes before a noun phrase: a determiner, preposition, punctuation, a state
     * modifying the phrase ("Pakistani rice exports", not "officials in Kampala said milk exports"), or the start.
     */
    private boolean startsPhrase(TradeWords w, int k) {
        if (k < 0 || w.token(k).type() != Token.Type.WORD && w.token(k).type() != Token.Type.CLITIC) {
            return true;
        }
        if (w.stateAt(k) != null || w.token(k).type() == Token.Type.CLITIC) {
            int before = w.stateAt(k) != null ? w.stateAt(k).first() - 1 : k - 1;
            return !lexicon.isWord(w.lower(before), WordClass.PREPOSITION);
        }
        Match x = lexicon.at(w.lower(), k);
        return x != null && (x.is(WordClass.DETERMINER) || x.is(WordClass.PREPOSITION) || x.is(WordClass.GENERIC)
                || x.is(WordClass.PAIR));
    }

    /**
     * "liquefied natural gas", "refined petroleum": a participle that modifies the product word right after it (a
     * participle elsewhere is a verb: "exports of rice increased").
     */
    private boolean isAdjectiveParticiple(TradeWords w, int k) {
        String lower = w.lower(k);
        return lower.length() > 4 && lower.endsWith("ed") && w.token(k).isWord() && !w.token(k).isCapitalised()
                && lexicon.at(w.lower(), k) == null && isProductToken(w, k + 1);
    }

    private boolean isProductToken(TradeWords w, int k) {
        String lower = w.lower(k);
        boolean listWord = lower.equals("and") || lower.equals(",");
        boolean word = w.token(k).isWord() || listWord;
        Match x = lexicon.at(w.lower(), k);
        boolean functional = x != null && (x.is(WordClass.LINK) || x.is(WordClass.PREPOSITION)
                || x.is(WordClass.CLAUSE) || isFlow(x) || x.is(WordClass.EXCLUDED) || x.is(WordClass.TARGET)
                || x.is(WordClass.ANNUAL) || x.is(WordClass.CURRENT) || x.is(WordClass.DETERMINER)
                || x.is(WordClass.VERB));
        boolean participle = lower.length() > 4 && lower.endsWith("ed");
        return word && !functional && !participle && w.stateAt(k) == null && w.timeAt(k) == null
                && w.moneyAt(k) == null && !w.isPlace(k) && !w.token(k).isCapitalised();
    }

    /**
     * The words without the generic ones they start with ("total rice exports" → "rice"); none when only generic
     * words are left ("the main goods"), while a product may end with one ("farm products").
     */
    private String trimGeneric(TradeWords w, int first, int last) {
        int a = first;
        while (a <= last && isGeneric(w.lower(a))) {
            a++;
        }
        return a <= last ? w.text(a, last) : null;
    }

    private boolean isGeneric(String lower) {
        return lexicon.isWord(lower, WordClass.GENERIC) || lexicon.isWord(lower, WordClass.PAIR);
    }
}
