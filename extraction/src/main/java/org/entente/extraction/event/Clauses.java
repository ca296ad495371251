package org.entente.extraction.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The clauses of a sentence, found without a parser from the words that open and close them. A clause is a set of
 * tokens with the same id: an embedded clause ("Erdogan, who had ..., held talks") interrupts its outer clause,
 * which resumes after it.
 *
 * <ul>
 *   <li>{@code ;} and {@code :}, {@code but}, and {@code , and} before a time phrase (", and at the end of that
 *       month") or a clause opener start a new main clause.</li>
 *   <li>A relative pronoun ({@code which}, {@code who}...) opens a relative clause and a subordinator
 *       ({@code although}, {@code because}, {@code when}, {@code while}, {@code if}...) a subordinate one; both close
 *       at the next comma that does not go on with a list of actors. {@code after}, {@code before}, {@code since}, {@code until} and {@code as} open one
 *       at the start of the sentence or after a comma, or before an actor and a past verb ("after Chile closed
 *       the border"); elsewhere they are prepositions.</li>
 *   <li>{@code that} opens a complement or relative clause unless it is a determiner: after a preposition ("in
 *       that year"), or after a verb and before a noun ("signed that agreement"); after a noun it is a relative
 *       pronoun ("an agreement that provides").</li>
 * </ul>
 */
final class Clauses {

    /** How a clause begins. */
    enum Opener { MAIN, RELATIVE, SUBORDINATE, CONDITIONAL, COMPLEMENT }

    /**
     * A clause.
     *
     * @param id         its id
     * @param opener     how it begins
     * @param openerAt   the token that opens it, or -1 for a main clause
     */
    record Clause(int id, Opener opener, int openerAt) {
    }

    private final int[] clauseOf;
    private final List<Clause> clauses;
    private final int[] first;
    private final int[] last;

    private Clauses(int[] clauseOf, List<Clause> clauses) {
        this.clauseOf = clauseOf;
        this.clauses = clauses;
        this.first = new int[clauses.size()];
        this.last = new int[clauses.size()];
        java.util.Arrays.fill(first, -1);
        for (int i = 0; i < clauseOf.length; i++) {
            if (first[clauseOf[i]] < 0) {
                first[clauseOf[i]] = i;
            }
            last[clauseOf[i]] = i;
        }
    }

    static Clauses of(SentenceView view, Words words) {
        int n = view.size();
        int[] clauseOf = new int[n];
        List<Clause> clauses = new ArrayList<>();
        clauses.add(new Clause(0, Opener.MAIN, -1));
        Deque<Integer> open = new ArrayDeque<>();
        open.push(0);
        int tokensInTop = 0;
        for (int i = 0; i < n; i++) {
            String w = view.lower(i);
            Opener opener = opener(view, words, i);
            if (startsMainClause(view, words, i)) {
                open.clear();
                open.push(add(clauses, Opener.MAIN, -1));
                tokensInTop = 0;
            }
            if (opener == Opener.COMPLEMENT && clauses.get(open.peek()).opener() == Opener.COMPLEMENT) {
                open.pop();
            }
            if (opener != null) {
                open.push(add(clauses, opener, i));
                tokensInTop = 0;
            }
            clauseOf[i] = open.peek();
            tokensInTop++;
            boolean closable = clauses.get(open.peek()).opener() != Opener.MAIN
                    && clauses.get(open.peek()).opener() != Opener.COMPLEMENT;
            if (w.equals(",") && closable && tokensInTop > 2 && open.size() > 1 && !continuesList(view, i + 1)) {
                open.pop();
                tokensInTop = 0;
            }
        }
        return new Clauses(clauseOf, List.copyOf(clauses));
    }

    /** The clause of token {@code i}. */
    Clause clauseAt(int i) {
        return clauses.get(clauseOf[i]);
    }

    /** Whether tokens {@code i} and {@code j} are in the same clause. */
    boolean same(int i, int j) {
        return clauseOf[i] == clauseOf[j];
    }

    /** The first token of the clause of token {@code i} (tokens of embedded clauses in between are not skipped). */
    int start(int i) {
        return first[clauseOf[i]];
    }

    /** Just past the last token of the clause of token {@code i}. */
    int end(int i) {
        return last[clauseOf[i]] + 1;
    }

    /** ", and at the end of that month ...": a time phrase within the next few words, before any actor. */
    private static boolean opensWithTime(SentenceView view, int from) {
        for (int i = from; i < Math.min(view.size(), from + 6); i++) {
            if (view.timeAt(i) != null) {
                return true;
            }
            if (view.slotAt(i) != null || view.lower(i).equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * ", China and India": an actor phrase after a comma that is followed by another joint continues a list; the
     * clause goes on ("..., Georgia recognised" starts the clause the comma was waiting for).
     */
    private static boolean continuesList(SentenceView view, int next) {
        int i = next;
        if (i < view.size() && view.lower(i).equals("the")) {
            i++;
        }
        Slot slot = view.slotAt(i);
        if (slot == null || slot.isPerson()) {
            return false; // ", General Bajwa, the army chief, paid ...": a person after a comma opens the main clause
        }
        int after = slot.last() + 1;
        return after < view.size() && (view.lower(after).equals(",") || view.lower(after).equals("and")
                || view.lower(after).equals("or"));
    }

    private static int add(List<Clause> clauses, Opener opener, int at) {
        clauses.add(new Clause(clauses.size(), opener, at));
        return clauses.size() - 1;
    }

    private static boolean startsMainClause(SentenceView view, Words words, int i) {
        if (i == 0) {
            return false;
        }
        String w = view.lower(i);
        String previous = view.lower(i - 1);
        if (previous.equals(";") || previous.equals(":")) {
            return true;
        }
        if (w.equals("but")) {
            return true;
        }
        if (w.equals("and") && previous.equals(",") && i + 1 < view.size()) {
            return opensWithTime(view, i + 1) || view.lower(i + 1).equals("then")
                    || view.is(i + 1, WordClass.SUBORDINATOR);
        }
        return false;
    }

    private static Opener opener(SentenceView view, Words words, int i) {
        String w = view.lower(i);
        boolean atStart = i == 0 || view.lower(i - 1).equals(",") || view.lower(i - 1).equals("and");
        if (w.equals("that")) {
            if (isSubjectGapAfterNoun(view, words, i)) {
                return Opener.RELATIVE;
            }
            if (isDeterminerThat(view, words, i)) {
                return null;
            }
            return isAfterNoun(view, words, i) ? Opener.RELATIVE : Opener.COMPLEMENT;
        }
        if (view.is(i, WordClass.RELATIVE)) {
            return Opener.RELATIVE;
        }
        if (view.is(i, WordClass.CONDITIONAL)) {
            return Opener.CONDITIONAL;
        }
        if (view.is(i, WordClass.SUBORDINATOR)) {
            boolean alsoPreposition = view.is(i, WordClass.PREP) || w.equals("as");
            return !alsoPreposition || atStart && i + 1 < view.size() && !view.lower(i + 1).equals(",")
                    || view.is(i, WordClass.PREP) && opensActorClause(view, i + 1) ? Opener.SUBORDINATE : null;
        }
        return null;
    }

    /**
     * "Relations cooled after Chile expelled the consul", "before Peru had protested": after a word that is a
     * preposition or a subordinator, an actor (with its determiner and up to two nouns: "Chilean troops") and then a
     * verb in the past or an auxiliary make a clause, not a prepositional phrase ("after Chile's decision", "after
     * the talks in Lima").
     */
    private static boolean opensActorClause(SentenceView view, int from) {
        int i = from;
        while (i < view.size() && view.is(i, WordClass.DET) && !view.lower(i).equals("that")) {
            i++;
        }
        Slot slot = i < view.size() ? view.slotAt(i) : null;
        if (slot == null || !slot.isActor() || slot.first() != i) {
            return false;
        }
        i = slot.last() + 1;
        for (int nouns = 0; nouns < 2 && i < view.size() && isPlainLowerWord(view, i); nouns++) {
            if (isFiniteVerb(view, i)) {
                return true;
            }
            i++;
        }
        while (i < view.size() && view.is(i, WordClass.ADVERB)) {
            i++;
        }
        return i < view.size() && isFiniteVerb(view, i);
    }

    private static boolean isPlainLowerWord(SentenceView view, int i) {
        return view.token(i).isWord() && !view.token(i).isCapitalised() && view.slotAt(i) == null
                && !view.is(i, WordClass.PREP) && !view.is(i, WordClass.DET);
    }

    private static boolean isFiniteVerb(SentenceView view, int i) {
        return view.is(i, WordClass.HAVE) || view.is(i, WordClass.BE) || view.is(i, WordClass.MODAL)
                || view.is(i, WordClass.FUTURE) || view.isPastForm(i);
    }

    private static boolean isDeterminerThat(SentenceView view, Words words, int i) {
        if (i > 0 && view.is(i - 1, WordClass.PREP)) {
            return true;
        }
        if (isAfterNoun(view, words, i)) {
            return false;
        }
        if (i + 1 >= view.size()) {
            return true;
        }
        if (view.timeAt(i + 1) != null) {
            return true;
        }
        String next = view.lower(i + 1);
        boolean lowerWord = view.token(i + 1).isWord() && !view.token(i + 1).isCapitalised();
        return lowerWord && view.slotAt(i + 1) == null && !isFunctionWord(words, next);
    }

    /**
     * "the states that recognised Kosovo", "countries that had backed the plan": a verb right after 'that' has no
     * subject of its own, so after a word that can be a noun (a plural one too) 'that' opens a relative clause, not
     * a complement ("warned that Serbia had ...") nor a determiner.
     */
    private static boolean isSubjectGapAfterNoun(SentenceView view, Words words, int i) {
        if (i == 0 || i + 1 >= view.size() || !view.token(i - 1).isWord() || !view.token(i + 1).isWord()) {
            return false;
        }
        String previous = view.lower(i - 1);
        String next = view.lower(i + 1);
        boolean verbNext = next.endsWith("ed") || words.is(next, WordClass.HAVE);
        return verbNext && !isFunctionWord(words, previous) && !words.is(previous, WordClass.PREP)
                && !previous.endsWith("ed") && !previous.equals("said") && !previous.equals("says");
    }

    /** "an agreement that", "at a time that": 'that' after a noun (not after a verb such as "said that"). */
    private static boolean isAfterNoun(SentenceView view, Words words, int i) {
        if (i == 0) {
            return false;
        }
        String previous = view.lower(i - 1);
        return view.slotAt(i - 1) != null || view.token(i - 1).isWord() && !isFunctionWord(words, previous)
                && !words.is(previous, WordClass.PREP) && !previous.endsWith("ed") && !previous.endsWith("s")
                && !previous.equals("said") && !previous.equals("says") && !previous.equals("say");
    }

    private static boolean isFunctionWord(Words words, String w) {
        for (WordClass c : new WordClass[] {WordClass.BE, WordClass.HAVE, WordClass.MODAL, WordClass.FUTURE,
            WordClass.DET, WordClass.PERSON, WordClass.THING, WordClass.PLURAL, WordClass.NEGATION,
            WordClass.ADVERB}) {
            if (words.is(w, c)) {
                return true;
            }
        }
        return false;
    }
}
