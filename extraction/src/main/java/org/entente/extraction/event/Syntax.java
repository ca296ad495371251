package org.entente.extraction.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.entente.extraction.text.Token;

/**
 * Phrase structure read from word classes, for one sentence: where noun phrases run, whether an actor phrase sits
 * in a prepositional phrase, what stands after a trigger, coordinated lists, passive voice. No parser: each test
 * looks at a few tokens around a position, so the cost is linear in the sentence.
 */
final class Syntax {

    /** How far a noun phrase may run before its actor phrase (tokens). */
    /** Prepositions of time that make a noun phrase a circumstance of its clause ("after talks with Y"). */
    private static final Set<String> CIRCUMSTANCE_PREPOSITIONS = Set.of("after", "following", "during", "before");
    /** Quantifiers that may open a noun phrase before its number ("at least 25 nationals"). */
    private static final List<String[]> QUANTIFIERS = List.of(new String[] {"at", "least"},
            new String[] {"at", "most"}, new String[] {"more", "than"}, new String[] {"fewer", "than"},
            new String[] {"less", "than"}, new String[] {"up", "to"}, new String[] {"as", "many", "as"});
    /** How many modifiers may stand between such a preposition and its noun ("after two days of talks"). */
    private static final int CIRCUMSTANCE_MODIFIERS = 3;
    private static final int NOUN_PHRASE_SPAN = 8;
    /** How far the next member of a list of nouns may stand (tokens). */
    private static final int LIST_REACH = 14;
    /** At most this many titles and modifiers stand before a person's name in a list ("the Chilean foreign minister"). */
    private static final int TITLE_WORDS = 4;
    /** How far a prepositional phrase may stand from its trigger (tokens). */
    private static final int PHRASE_REACH = 18;

    private final SentenceView view;
    private final Clauses clauses;
    private final Words words;
    private final boolean[] triggerToken;

    Syntax(SentenceView view, Clauses clauses, Words words, List<Hit> hits) {
        this.view = view;
        this.clauses = clauses;
        this.words = words;
        this.triggerToken = new boolean[view.size()];
        for (Hit hit : hits) {
            for (int i = hit.start(); i < hit.end(); i++) {
                triggerToken[i] = true;
            }
        }
    }

    SentenceView view() {
        return view;
    }

    Clauses clauses() {
        return clauses;
    }

    Words words() {
        return words;
    }

    boolean is(int i, WordClass wordClass) {
        return view.is(i, wordClass);
    }

    boolean isTrigger(int i) {
        return i >= 0 && i < triggerToken.length && triggerToken[i];
    }

    /**
     * Whether token {@code i} can stand inside a noun phrase before its head: a determiner, possessive ending,
     * adjective or noun (a lower-case word of no function class), a capitalised title word, a number, a hyphen, or
     * a time expression ("the 1971 war").
     */
    boolean isNounPhraseWord(int i) {
        if (i < 0 || i >= view.size() || isTrigger(i) || view.slotAt(i) != null) {
            return false;
        }
        Token token = view.token(i);
        if (view.timeAt(i) != null || token.type() == Token.Type.NUMBER || token.type() == Token.Type.CLITIC) {
            return true;
        }
        if (token.type() == Token.Type.PUNCT) {
            return token.text().equals("-") || token.text().equals("–") || token.text().equals("\"")
                    || token.text().equals("“") || token.text().equals("”") || token.text().equals("‘")
                    || token.text().equals("'");
        }
        if (token.type() != Token.Type.WORD) {
            return false;
        }
        String w = view.lower(i);
        if (is(i, WordClass.DET) || is(i, WordClass.ADVERB) || is(i, WordClass.ORDINAL)) {
            return !is(i, WordClass.RELATIVE) || !w.equals("that");
        }
        return !isFunctionWord(i);
    }

    /**
     * Whether the noun phrase ending in the noun at {@code start} is the object of a preposition of time ('after',
     * 'following', 'during', 'before'): "after talks with Y" tells when the clause's act happened, not what it was.
     */
    boolean isCircumstance(int start) {
        int i = start - 1;
        while (i >= 0 && start - i <= CIRCUMSTANCE_MODIFIERS && isNounPhraseWord(i) && !is(i, WordClass.PREP)) {
            i--;
        }
        return i >= 0 && CIRCUMSTANCE_PREPOSITIONS.contains(view.lower(i));
    }

    /** The first preposition of time in tokens {@code from..to-1} ("agreed to X after talks"), or {@code to}. */
    int circumstanceFrom(int from, int to) {
        for (int i = from; i < to; i++) {
            if (CIRCUMSTANCE_PREPOSITIONS.contains(view.lower(i)) && is(i, WordClass.PREP)) {
                return i;
            }
        }
        return to;
    }

    /** A word of a class that structures clauses (preposition, auxiliary, modal, conjunction, pronoun...). */
    boolean isFunctionWord(int i) {
        if (is(i, WordClass.DET)) {
            return STRUCTURAL_NOT_PRONOUN.test(i, this);
        }
        return STRUCTURAL.test(i, this);
    }

    /** The classes that structure clauses. */
    private static final ClassTest STRUCTURAL = new ClassTest(WordClass.PREP, WordClass.BE, WordClass.HAVE,
            WordClass.MODAL, WordClass.FUTURE, WordClass.NEGATION, WordClass.COORDINATOR, WordClass.RELATIVE,
            WordClass.SUBORDINATOR, WordClass.CONDITIONAL, WordClass.PERSON, WordClass.THING, WordClass.PLURAL);
    /** The same without the pronoun classes: a possessive ("his") is a determiner. */
    private static final ClassTest STRUCTURAL_NOT_PRONOUN = new ClassTest(WordClass.PREP, WordClass.BE,
            WordClass.HAVE, WordClass.MODAL, WordClass.FUTURE, WordClass.NEGATION, WordClass.COORDINATOR,
            WordClass.RELATIVE, WordClass.SUBORDINATOR, WordClass.CONDITIONAL);

    /** Whether a token is of any of some classes. */
    private record ClassTest(WordClass... classes) {

        boolean test(int i, Syntax syntax) {
            for (WordClass c : classes) {
                if (syntax.is(i, c)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Whether an actor phrase stands in a prepositional phrase: walking left over its noun phrase ("to the Iraqi
     * ...", "of Pakistan's ..."), a preposition comes first. A time expression ends the walk ("In 2014 Iraq
     * bought": the phrase "In 2014" is over), and so does a hedge before a number ("Around 40,000 troops of
     * Pakistan"). A phrase coordinated after another ("with Russia, China and Iran") shares its place.
     */
    boolean inPrepositionalPhrase(Slot slot) {
        return inPrepositionalPhrase(slot, 0);
    }

    private boolean inPrepositionalPhrase(Slot slot, int depth) {
        int i = slot.first() - 1;
        int steps = 0;
        while (i >= 0 && steps < NOUN_PHRASE_SPAN && view.timeAt(i) == null && isNounPhraseWord(i)
                && !is(i, WordClass.PREP)) {
            i--;
            steps++;
        }
        if (i < 0 || view.timeAt(i) != null) {
            return false;
        }
        if (is(i, WordClass.PREP) && clauses.clauseAt(i).openerAt() == i) {
            return false; // "after Chile closed the border": the word opens a clause whose subject the actor is
        }
        if (is(i, WordClass.PREP)) {
            boolean hedge = i + 1 < view.size() && view.token(i + 1).isNumber() && is(i, WordClass.HEDGE);
            return !hedge && (!view.lower(i).equals("of") || !ofBelongsToActor(i));
        }
        boolean joined = view.lower(i).equals("and") || view.lower(i).equals("or")
                || view.lower(i).equals(",") && isFollowedByJoint(slot);
        if (joined && opensClauseAfterComma(i, slot)) {
            return false; // "travelled to Ankara, and Cavusoglu visited Cairo": the subject of a new clause
        }
        if (depth < 6 && joined) {
            int j = i - 1;
            while (j >= 0 && (view.lower(j).equals(",") || view.lower(j).equals("and"))) {
                j--;
            }
            Slot previous = view.slotAt(j);
            boolean sameKind = previous != null && (previous.isPerson() == slot.isPerson()
                    || !view.lower(i).equals(","));
            return sameKind && inPrepositionalPhrase(previous, depth + 1); // ", General Bajwa, ..." is no list member
        }
        return false;
    }

    /** A list member after a comma is followed by another joint: "with Russia, China and Iran". */
    private boolean isFollowedByJoint(Slot slot) {
        int after = slot.last() + 1;
        return after < view.size() && (view.lower(after).equals(",") || view.lower(after).equals("and")
                || view.lower(after).equals("or"));
    }

    /** Whether ", and" at {@code and} starts a clause whose subject is {@code slot}: a past verb follows it. */
    private boolean opensClauseAfterComma(int and, Slot slot) {
        int next = slot.last() + 1;
        return and > 0 && view.lower(and).equals("and") && view.lower(and - 1).equals(",") && next < view.size()
                && view.isPastForm(next);
    }

    /** "the government of Pakistan", "the foreign minister of Iraq": the 'of' phrase names whose thing it is. */
    private boolean ofBelongsToActor(int of) {
        return of > 0 && view.slotAt(of - 1) == null && !isTrigger(of - 1) && isNounPhraseWord(of - 1)
                && !is(of - 1, WordClass.DET);
    }

    /**
     * The actor phrase a noun phrase starting at {@code from} leads to: walking right over noun-phrase words
     * (and 'of' between them), the first actor phrase; null when something else comes first. An attributive
     * trigger right before an actor phrase is part of the noun phrase ("with visiting Iraqi officials"); a gerund
     * after 'of' is not ("accused them of encouraging Iraq").
     */
    Slot nounPhraseSlot(int from, int limit) {
        int end = Math.min(limit, view.size());
        from += quantifierLength(from); // "killed at least 25 Bangladeshi nationals"
        for (int i = from; i < end && i < from + NOUN_PHRASE_SPAN; i++) {
            Slot slot = view.slotAt(i);
            if (slot != null) {
                return slot;
            }
            boolean of = view.lower(i).equals("of") && i > from;
            boolean attributive = isTrigger(i) && i + 1 < end && view.slotAt(i + 1) != null
                    && view.lower(i).endsWith("ing");
            boolean gerundAfterOf = i > from && view.lower(i - 1).equals("of") && view.lower(i).endsWith("ing");
            if (gerundAfterOf || !of && !attributive && !isNounPhraseWord(i)) {
                return null;
            }
        }
        return null;
    }

    /** How many words of a quantifier ("at least", "more than", "as many as") open a noun phrase at {@code i}. */
    private int quantifierLength(int i) {
        for (String[] quantifier : QUANTIFIERS) {
            boolean match = i + quantifier.length < view.size();
            for (int k = 0; match && k < quantifier.length; k++) {
                match = view.lower(i + k).equals(quantifier[k]);
            }
            if (match) {
                return quantifier.length;
            }
        }
        return 0;
    }

    /** The direct object of a verb ending before {@code after}: the actor its noun phrase leads to, in its clause. */
    Slot objectAfter(int after) {
        if (after >= view.size() || !clauses.same(after - 1, after)) {
            return null;
        }
        return nounPhraseSlot(after, clauses.end(after - 1));
    }

    /**
     * The actor of the first phrase introduced by {@code preposition} after token {@code from}, within
     * {@code [from, limit)} and the clause of {@code from - 1}.
     */
    Slot prepositionalObject(String preposition, int from, int limit) {
        int clauseToken = Math.max(0, from - 1);
        int end = Math.min(Math.min(limit, view.size()), from + PHRASE_REACH);
        for (int i = from; i < end; i++) {
            if (!clauses.same(clauseToken, i)) {
                if (clauses.clauseAt(i).opener() == Clauses.Opener.MAIN) {
                    return null;
                }
                continue;
            }
            if (view.lower(i).equals(preposition)) {
                Slot slot = nounPhraseSlot(i + 1, end);
                if (slot != null) {
                    return slot;
                }
            }
        }
        return null;
    }

    /**
     * The actor phrases coordinated after {@code slot}: "India, Afghanistan, Iraq and the Soviet Union". A list
     * ends with a member after 'and', 'or' or 'as well as'; members after commas only (an apposition, another
     * phrase) are not taken.
     */
    List<Slot> listFrom(Slot slot) {
        List<Slot> list = new ArrayList<>(List.of(slot));
        List<Slot> pending = new ArrayList<>();
        Slot last = slot;
        while (true) {
            int i = last.last() + 1;
            boolean conjunction = false;
            boolean comma = false;
            while (i < view.size()) {
                String w = view.lower(i);
                if (w.equals(",")) {
                    comma = true;
                    i++;
                } else if (w.equals("and") || w.equals("or")) {
                    conjunction = true;
                    i++;
                } else if (w.equals("as") && i + 2 < view.size() && view.lower(i + 1).equals("well")
                        && view.lower(i + 2).equals("as")) {
                    conjunction = true;
                    i += 3;
                } else {
                    break;
                }
            }
            if (!conjunction && !comma || i >= view.size() || !clauses.same(last.last(), i)) {
                return list;
            }
            Slot next = nounPhraseSlot(i, view.size());
            if (next == null || next == last || next.isNonState() != slot.isNonState() || startsClause(next)) {
                return list;
            }
            pending.add(next);
            if (conjunction) {
                list.addAll(pending);
                pending.clear();
            }
            last = next;
        }
    }

    /** "..., and US House Speaker Nancy Pelosi visited": an actor phrase followed by a verb is a new subject. */
    private boolean startsClause(Slot slot) {
        int next = slot.last() + 1;
        return next < view.size() && (isTrigger(next) && view.lower(next).endsWith("ed") || is(next, WordClass.BE)
                || is(next, WordClass.HAVE) || is(next, WordClass.MODAL) || is(next, WordClass.FUTURE));
    }

    /**
     * The actor phrases coordinated before {@code slot}, in text order, ending with it: "A and B signed", "A, B
     * and C". The member right before {@code slot} must stand after 'and' (or a dash: "the Iran–Iraq war").
     */
    List<Slot> listTo(Slot slot) {
        List<Slot> list = new ArrayList<>(List.of(slot));
        Slot first = slot;
        boolean conjunctionSeen = false;
        while (true) {
            int i = conjunctStart(first) - 1;
            boolean conjunction = false;
            boolean comma = false;
            while (i >= 0) {
                String w = view.lower(i);
                if (w.equals(",")) {
                    comma = true;
                } else if (w.equals("and") || isDash(i) && view.slotAt(i - 1) != null) {
                    conjunction = true;
                } else {
                    break;
                }
                i--;
            }
            boolean joined = conjunction || comma && conjunctionSeen;
            if (!joined || i < 0 || !clauses.same(i, first.first())) {
                return list;
            }
            Slot previous = view.slotAt(i);
            if (previous == null || !previous.isActor()) {
                return list;
            }
            conjunctionSeen = true;
            list.add(0, previous);
            first = previous;
        }
    }

    /**
     * Where a list member's phrase starts: its determiners, and for a person also the titles and modifiers before the
     * name up to the 'and' before them ("Bolivia and President Boric met", "Chile and the prime minister Boluarte"); not
     * after a comma, which may open an apposition ("the two ministers, Prince Faisal and ...").
     */
    private int conjunctStart(Slot slot) {
        int start = nounPhraseStart(slot);
        if (!slot.isPerson()) {
            return start;
        }
        int k = start - 1;
        while (k >= 0 && start - k <= TITLE_WORDS && isNounPhraseWord(k) && view.token(k).type() == Token.Type.WORD) {
            k--;
        }
        boolean joint = k >= 0 && k < start - 1 && view.lower(k).equals("and");
        return joint ? k + 1 : start;
    }

    /**
     * "prompting Kenya to recall its envoy", "forced the Ecuadorian government to close": the actor that a causative
     * verb makes do the act of the infinitive verb at {@code verb}; null when the verb is no such infinitive.
     */
    Slot causedAgent(int verb) {
        int i = verb - 1;
        while (i >= 0 && is(i, WordClass.ADVERB)) {
            i--;
        }
        if (i < 1 || !view.lower(i).equals("to")) {
            return null;
        }
        Slot slot = view.slotAt(i - 1);
        if (slot == null || !slot.isActor() || slot.isPlace()) {
            return null;
        }
        int before = nounPhraseStart(slot) - 1;
        return before >= 0 && is(before, WordClass.CAUSATIVE) ? slot : null;
    }

    /**
     * Whether the noun {@code next} heads the next member of a list that {@code hit} is in: a comma or 'and'
     * between, and then directly the next noun's phrase (", the occupation of", "and the war"), not another
     * phrase ("and also during the separation").
     */
    boolean isNextInList(Hit hit, Hit next) {
        if (next.start() - hit.end() > LIST_REACH || !clauses.same(hit.start(), next.start())) {
            return false;
        }
        int start = nounPhraseStart(next);
        if (start == 0) {
            return false;
        }
        String joint = view.lower(start - 1);
        if (!joint.equals(",") && !joint.equals("and")) {
            return false;
        }
        for (int i = hit.end(); i < start - 1; i++) {
            String w = view.lower(i);
            boolean adjunct = is(i, WordClass.ADVERB) || is(i, WordClass.SUBORDINATOR);
            if (view.slotAt(i) == null && (w.equals(",") || w.equals("and") || adjunct)) {
                return false;
            }
        }
        return true;
    }

    /** The first token of a noun trigger's phrase: its determiner, modifiers and owner. */
    int nounPhraseStart(Hit hit) {
        int i = hit.start();
        while (i - 1 >= 0 && i > hit.start() - 6 && (isNounPhraseWord(i - 1) && !isVerbShaped(i - 1)
                || view.slotAt(i - 1) != null)) {
            i--;
        }
        return i;
    }

    /**
     * Just past the phrase of a noun trigger: its modifiers after it and its prepositional phrases, up to a comma,
     * an auxiliary, a clause opener or a verb ("the war in 1990 further strained relations between ...": the
     * phrase ends before "strained").
     */
    int nounPhraseEnd(Hit hit) {
        return phraseEnd(hit.end());
    }

    /**
     * Like {@link #nounPhraseEnd(Hit)}, but through a copula and its complement: "a war of words is at its highest
     * between Tehran and Washington".
     */
    int nounPredicateEnd(Hit hit) {
        int end = phraseEnd(hit.end());
        return end < view.size() && is(end, WordClass.BE) ? phraseEnd(end + 1) : end;
    }

    private int phraseEnd(int from) {
        int i = from;
        while (i < view.size()) {
            String w = view.lower(i);
            boolean stop = w.equals(",") || w.equals(";") || w.equals(":") || w.equals("(") || is(i, WordClass.BE)
                    || is(i, WordClass.HAVE) || is(i, WordClass.MODAL) || is(i, WordClass.FUTURE)
                    || is(i, WordClass.RELATIVE) || is(i, WordClass.SUBORDINATOR) && !is(i, WordClass.PREP)
                    || isVerbShaped(i);
            if (stop) {
                return i;
            }
            i++;
        }
        return i;
    }

    /** A lower-case word shaped like a finite verb: "-ed" or an irregular past form, not after a determiner. */
    private boolean isVerbShaped(int i) {
        if (view.slotAt(i) != null || !view.token(i).isWord() || view.token(i).isCapitalised()) {
            return false;
        }
        boolean shaped = view.lower(i).endsWith("ed") || is(i, WordClass.PARTICIPLE);
        return shaped && !is(i - 1, WordClass.DET) && !is(i - 1, WordClass.PREP);
    }

    boolean isDash(int i) {
        return i >= 0 && i < view.size() && (view.lower(i).equals("-") || view.lower(i).equals("–")
                || view.lower(i).equals("—"));
    }

    /** The first token of the noun phrase an actor phrase heads or ends ("the" of "the Iraqi ambassador"). */
    int nounPhraseStart(Slot slot) {
        int i = slot.first();
        while (i - 1 >= 0 && is(i - 1, WordClass.DET) && !view.lower(i - 1).equals("that")) {
            i--;
        }
        return i;
    }

    /**
     * "Kenya, backed by Uganda, attacked": a past participle between a comma and 'by' is a passive that describes
     * the phrase before it, not a verb of the clause's subject.
     */
    boolean isReducedRelative(Hit hit) {
        return hit.isVerb() && hit.start() > 0 && view.lower(hit.start() - 1).equals(",") && hit.end() < view.size()
                && view.lower(hit.end()).equals("by") && isPassive(hit);
    }

    /**
     * Whether a verb trigger is passive: a form of 'be' before it (adverbs between allowed) and a past participle,
     * or a participle right after a noun or a comma with 'by' after it ("weapons supplied by Pakistan", "a truce,
     * brokered by Qatar").
     */
    boolean isPassive(Hit hit) {
        String form = view.lower(hit.start());
        boolean participle = form.endsWith("ed") || is(hit.start(), WordClass.PARTICIPLE);
        if (!participle) {
            return false;
        }
        int i = hit.start() - 1;
        while (i >= 0 && is(i, WordClass.ADVERB)) {
            i--;
        }
        if (i >= 0 && is(i, WordClass.BE)) {
            return true;
        }
        return hit.end() < view.size() && view.lower(hit.end()).equals("by") && i >= 0
                && (isNounPhraseWord(i) || isTrigger(i) || view.lower(i).equals(",")) && !is(i, WordClass.HAVE);
    }
}
