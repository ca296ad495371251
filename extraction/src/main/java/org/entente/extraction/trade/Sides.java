package org.entente.extraction.trade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.entente.extraction.actor.DocumentActors.StatePair;
import org.entente.extraction.text.Token;
import org.entente.extraction.trade.TradeLexicon.WordClass;
import org.entente.extraction.analysis.SentenceTokens.StateSpan;

/**
 * The sides of one flow of trade, found around its trade word.
 *
 * <ul>
 *   <li>The owner is the state whose trade it is: the state right before the word ("with Indian exports"), else
 *       the last state before the word in its stretch of clause (after its last comma) that no preposition governs
 *       ("India imported", "India's exports"); in a
 *       relative clause, the state it hangs on ("Mexico, which bought ..."); after another clause word ("while",
 *       "but") and for "its trade", the last state
 *       before it that no preposition governs ("Chile's copper ..., and its trade with Peru"). A state naming
 *       where goods come from
 *       ("$28 billion of American farm products") is their origin, not an owner.</li>
 *   <li>Exports go from the owner (or the state after "from") to the state after "to" or "into", or right after the
 *       verb ("sold China $57.7 billion"); imports reach the owner from the state after "from" or the origin.</li>
 *   <li>A total is between the states after "between", the owner and the state after "with", or the two the clause
 *       names.</li>
 *   <li>A trade word without sides of its own shares the owner of the sentence's figure before it ("A's exports to
 *       B of $X and imports of $Y"). A side left out is the one other state the clause (else the sentence) names,
 *       else the article's other main state; a sentence that names no state continues the trade the paragraph's
 *       last trade sentence told.</li>
 * </ul>
 */
final class Sides {

    private final TradeLexicon lexicon;
    private final TradeWords w;
    private final int cue;
    private final int cueEnd;
    private final int moneyEnd;
    private final int clauseStart;
    private final int clauseEnd;
    private final String sentenceOwner;
    private final List<StateSpan> spans = new ArrayList<>();
    private int respectiveIndex = -1;
    private int respectiveCount;
    private boolean explicit;
    private String owner;
    private int first;
    private int last;

    /**
     * @param cue      the trade word's first token
     * @param length   its length in tokens
     * @param moneyEnd the amount's last token
     * @param sentenceOwner the owner of the sentence's figure before this one, which a trade word coordinated with
     *                 it shares ("A's exports to B of $X and imports of $Y"), or null
     */
    Sides(TradeLexicon lexicon, TradeWords w, int cue, int length, int moneyEnd, String sentenceOwner) {
        this.lexicon = lexicon;
        this.sentenceOwner = sentenceOwner;
        this.w = w;
        this.cue = cue;
        this.cueEnd = cue + length - 1;
        this.moneyEnd = moneyEnd;
        this.clauseStart = w.clauseStart(cue);
        this.clauseEnd = w.clauseEnd(cue);
        this.first = cue;
        this.last = cueEnd;
    }

    /**
     * Pairs the amount with one state of a list: the amount is the {@code index}-th of the {@code count} amounts of
     * its clause, which a list of as many states pairs with in order ("exports to A and B were $X and $Y
     * respectively").
     */
    Sides respectively(int index, int count) {
        this.respectiveIndex = index;
        this.respectiveCount = count;
        return this;
    }

    /** Exporter and importer of an export flow ({@code imports} false) or an import flow, or null. */
    String[] directed(boolean imports, TradeContext context) {
        StateSpan ownerSpan = ownerSpan();
        StateSpan from = after("from");
        StateSpan to = after("to");
        if (to == null) {
            to = after("into");
        }
        if (to == null && !imports) {
            to = dative();
        }
        if (from == null && imports) {
            from = origin();
        }
        String own = code(ownerSpan);
        if (own == null && w.states().isEmpty() && context.lastOwner() != null) {
            own = context.lastOwner();
        }
        if (own == null && from == null && to == null) {
            own = sentenceOwner;
        }
        owner = own;
        String exporter = imports ? code(from) : own != null ? own : code(from);
        String importer = imports ? own : code(to);
        explicit = exporter != null && importer != null;
        if (exporter == null && importer == null) {
            return null;
        }
        if (exporter == null) {
            exporter = otherSide(importer, context);
        } else if (importer == null) {
            importer = otherSide(exporter, context);
        }
        return exporter == null || importer == null ? null : new String[] {exporter, importer};
    }

    /** The two parties of a total in alphabetical order, or null. */
    String[] total(TradeContext context, boolean pairWord) {
        Set<String> parties = new LinkedHashSet<>();
        StateSpan ownerSpan = ownerSpan();
        if (ownerSpan != null) {
            parties.addAll(ownerSpan.codes());
            owner = ownerSpan.codes().get(0);
        }
        for (String preposition : List.of("between", "with")) {
            for (StateSpan s : list(preposition)) {
                parties.addAll(s.codes());
            }
        }
        if (parties.size() != 2) {
            parties.clear();
            for (StateSpan s : w.states()) {
                if (s.first() >= clauseStart && s.last() < clauseEnd) {
                    parties.addAll(s.codes());
                    note(s);
                }
            }
        }
        explicit = parties.size() == 2;
        if (parties.isEmpty() && context.previousStates().size() == 2) {
            parties.addAll(context.previousStates());
        }
        if (parties.size() < 2 && context.mainPair().isPresent() && (pairWord || !parties.isEmpty())) {
            StatePair pair = context.mainPair().get();
            if (parties.stream().allMatch(pair::contains)) {
                parties.add(pair.first());
                parties.add(pair.second());
            }
        }
        if (parties.size() != 2) {
            return null;
        }
        String[] pair = parties.toArray(new String[0]);
        Arrays.sort(pair);
        return pair;
    }

    /** The owner's code, once {@link #directed} or {@link #total} has run, or null. */
    String owner() {
        return owner;
    }

    /** The owner of the trade word: see the class documentation. */
    private StateSpan ownerSpan() {
        int from = stretchStart();
        StateSpan found = null;
        for (StateSpan s : w.states()) {
            if (s.first() >= from && s.last() < cue && (!governed(s) || modifiesCue(s))) {
                found = s;
            }
        }
        if (found == null && from == clauseStart && clauseStart > 0
                && lexicon.isWord(w.lower(clauseStart), WordClass.CLAUSE)) {
            found = isRelative(clauseStart) ? lastStateBefore(clauseStart) : lastUngovernedStateBefore(clauseStart);
        }
        if (found == null && isItsTrade()) {
            found = lastUngovernedStateBefore(cue);
        }
        if (found != null) {
            note(found);
        }
        return found;
    }

    /** "with South Korean exports", "India's imports": a state right before the trade word, owning it. */
    private boolean modifiesCue(StateSpan s) {
        int k = s.last() + 1;
        if (w.token(k).type() == Token.Type.CLITIC) {
            k++;
        }
        return k == cue;
    }

    /** The first token after the last comma before the trade word in its clause, but for commas in a list. */
    private int stretchStart() {
        for (int k = cue - 1; k > clauseStart; k--) {
            if (w.lower(k).equals(",") && !(w.stateAt(k - 1) != null && w.stateAt(k + 1) != null)) {
                return k + 1;
            }
        }
        return clauseStart;
    }

    /** "Mexico, which bought ...": a relative clause hangs on the word right before it. */
    private boolean isRelative(int clauseWord) {
        String lower = w.lower(clauseWord);
        return lower.equals("which") || lower.equals("who") || lower.equals("that");
    }

    /** "its trade", "its total exports": the trade word owned by "its", a state named before it. */
    private boolean isItsTrade() {
        int k = cue - 1;
        while (k >= 0 && cue - k <= 3 && lexicon.isWord(w.lower(k), WordClass.GENERIC) && !w.lower(k).equals("its")) {
            k--;
        }
        return k >= 0 && w.lower(k).equals("its");
    }

    /** The last state before token {@code k} that is a subject or possessor, not a preposition's object. */
    private StateSpan lastUngovernedStateBefore(int k) {
        StateSpan found = null;
        for (StateSpan s : w.states()) {
            if (s.last() < k && !governed(s)) {
                found = s;
            }
        }
        return found;
    }

    private StateSpan lastStateBefore(int k) {
        StateSpan found = null;
        for (StateSpan s : w.states()) {
            if (s.last() < k) {
                found = s;
            }
        }
        return found;
    }

    /** "sold China $57.7 billion": a state right after an export verb, before the amount. */
    private StateSpan dative() {
        StateSpan s = w.stateAt(cueEnd + 1);
        if (s != null && s.first() == cueEnd + 1 && w.moneyAt(s.last() + 1) != null) {
            note(s);
            return s;
        }
        return null;
    }

    /** "bought $28 billion of American farm products": the state the goods come from. */
    private StateSpan origin() {
        for (int k = cueEnd + 1; k < Math.min(clauseEnd, moneyEnd + 4); k++) {
            StateSpan s = w.stateAt(k);
            if (s != null && w.lower(s.first() - 1).equals("of")) {
                note(s);
                return s;
            }
        }
        return null;
    }

    /** The first state after the preposition {@code word} following the trade word in its clause. */
    private StateSpan after(String word) {
        List<StateSpan> list = list(word);
        if (respectiveIndex >= 0 && respectiveCount > 1 && list.size() == respectiveCount) {
            return list.get(respectiveIndex);
        }
        return list.isEmpty() ? null : list.get(0);
    }

    /** The states listed after the preposition {@code word} following the trade word in its clause. */
    private List<StateSpan> list(String word) {
        List<StateSpan> out = new ArrayList<>();
        for (int k = cueEnd + 1; k < clauseEnd; k++) {
            if (!w.lower(k).equals(word)) {
                continue;
            }
            int j = k + 1;
            while (j < clauseEnd) {
                StateSpan s = w.stateAt(j);
                String lower = w.lower(j);
                if (s != null) {
                    out.add(s);
                    note(s);
                    j = s.last() + 1;
                } else if (lower.equals("and") || lower.equals(",") || lexicon.isWord(lower, WordClass.DETERMINER)) {
                    j++;
                } else {
                    break;
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return out;
    }

    /**
     * Whether a state is the object of a preposition ("to Iraq", "from China") or names the origin of goods after
     * an amount ("$28 billion of American farm products").
     */
    private boolean governed(StateSpan s) {
        int k = s.first() - 1;
        while (k >= 0 && (lexicon.isWord(w.lower(k), WordClass.DETERMINER) || w.lower(k).equals("and")
                || w.lower(k).equals(",") && w.stateAt(k - 1) != null || w.stateAt(k) != null)) {
            k = w.stateAt(k) != null ? w.stateAt(k).first() - 1 : k - 1;
        }
        if (k < 0) {
            return false;
        }
        boolean ofGoods = w.lower(k).equals("of") && (w.moneyAt(k - 1) != null || w.lower(k - 1).equals("worth"));
        return ofGoods || lexicon.isWord(w.lower(k), WordClass.PREPOSITION);
    }

    /**
     * The one other state the clause names, else the one other the sentence names, else the paragraph's or the
     * article's other side, else null.
     */
    private String otherSide(String known, TradeContext context) {
        Set<String> inClause = others(known, clauseStart, clauseEnd);
        if (inClause.size() == 1) {
            return inClause.iterator().next();
        }
        Set<String> others = others(known, 0, w.size());
        if (others.size() == 1) {
            return others.iterator().next();
        }
        if (!others.isEmpty()) {
            return null;
        }
        if (known.equals(context.lastOwner()) && context.lastOther() != null) {
            return context.lastOther();
        }
        if (context.mainPair().isPresent() && context.mainPair().get().contains(known)) {
            StatePair pair = context.mainPair().get();
            return pair.first().equals(known) ? pair.second() : pair.first();
        }
        return null;
    }

    /** The states of tokens {@code from..to-1} other than {@code known}. */
    private Set<String> others(String known, int from, int to) {
        Set<String> others = new LinkedHashSet<>();
        for (StateSpan s : w.states()) {
            if (s.first() >= from && s.last() < to) {
                for (String code : s.codes()) {
                    if (!code.equals(known)) {
                        others.add(code);
                    }
                }
            }
        }
        return others;
    }

    private static String code(StateSpan s) {
        return s == null ? null : s.codes().get(0);
    }

    private void note(StateSpan s) {
        if (!spans.contains(s)) {
            spans.add(s);
        }
        first = Math.min(first, s.first());
        last = Math.max(last, s.last());
    }

    /** The state mentions behind the sides. */
    List<StateSpan> spans() {
        return spans;
    }

    /** Whether the sentence names both sides itself. */
    boolean explicit() {
        return explicit;
    }

    /** The first token of the words naming the sides and the trade word. */
    int first() {
        return first;
    }

    /** The last token of the words naming the sides and the trade word. */
    int last() {
        return last;
    }
}
