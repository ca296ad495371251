package org.entente.extraction.event;

import java.util.List;
import java.util.Set;

/**
 * Reads the {@link Mood} of a trigger from the words of its clause before it (words of names and dates do not
 * count: "in May 2021" is no modal):
 * <ul>
 *   <li>a negation ("did not", "never", "no longer", "refrained from", "failed to") → none (but "not only");</li>
 *   <li>a modal ("could", "should", "must", "might", "may", "would", "need to") or a condition ("if", "unless",
 *       "whether" opening the clause), or a question → none: hypotheses, recommendations and questions are not
 *       events;</li>
 *   <li>a future auxiliary ("will"), or "would" after a verb of saying ("said it would lift the controls") →
 *       intent;</li>
 *   <li>what an accusation says the accused did ("accused Russia of sending troops") → none;</li>
 *   <li>a trigger after an intent or appeal trigger of its clause ("agreed to cooperate", "called for the
 *       deployment of troops"), or what a support noun is for ("support for regional talks") → none, since that
 *       trigger codes it;</li>
 *   <li>a verb after "to" (or "to be"): after a word of planning, hoping, trying, seeming or expecting ("plans to
 *       visit", "is expected to meet") → intent, unless an actor stands between ("Islamabad wants Baghdad to
 *       support": Pakistan's wish) → none; after "the first (country) to" → fact ("the first country to
 *       recognise Pakistan"); otherwise (purposes: "visited Baghdad to sign") → none;</li>
 *   <li>a noun after "planned", "upcoming", "next"... → intent; after "possible", "proposed" → none; a noun whose
 *       predicate starts with a modal or a negation ("a visit by the president might help", "the talks did not
 *       take place") → none; a noun after a verb of showing with no state as its subject ("this collaboration
 *       indicates a commitment to ...": the author's reading) → none.</li>
 * </ul>
 */
final class Modality {

    private static final int ORDINAL_REACH = 5;
    private static final int EVALUATIVE_REACH = 3;
    private static final int ABSENCE_REACH = 4;
    /** How many words may name the accused between an accusation and its 'of' ("accused the Russian army of"). */
    private static final int ACCUSED_REACH = 5;
    private static final Set<String> ABSENCE_NOUNS = Set.of("absence", "lack", "dearth");
    /** How many words the noun phrase between 'with' and its participle may have ("with dozens of soldiers"). */
    private static final int ABSOLUTE_WORDS = 6;

    private final Syntax syntax;
    private final List<Hit> hits;

    Modality(Syntax syntax, List<Hit> hits) {
        this.syntax = syntax;
        this.hits = hits;
    }

    Mood of(Hit hit) {
        SentenceView view = syntax.view();
        if (view.isPunct(view.size() - 1, "?")) {
            return Mood.NONE;
        }
        Clauses clauses = syntax.clauses();
        if (clauses.clauseAt(hit.start()).opener() == Clauses.Opener.CONDITIONAL) {
            return Mood.NONE;
        }
        if (isContentOfIntent(hit) || isContentOfAccusation(hit)) {
            return Mood.NONE;
        }
        Mood mood = Mood.FACT;
        int start = clauses.start(hit.start());
        for (int i = start; i < hit.start(); i++) {
            if (!clauses.same(i, hit.start()) || view.slotAt(i) != null || view.timeAt(i) != null
                    || view.token(i).isCapitalised() && i > 0) {
                continue;
            }
            if (isNegation(i)) {
                return Mood.NONE;
            }
            if (isReportedFuture(i)) {
                mood = Mood.INTENT;
            } else if (syntax.is(i, WordClass.MODAL)) {
                return Mood.NONE;
            }
            if (syntax.is(i, WordClass.FUTURE)) {
                mood = Mood.INTENT;
            }
        }
        if (hit.isVerb() && (isHabitual(hit) || hasNegatedObject(hit) || isAbsoluteParticiple(hit))) {
            return Mood.NONE;
        }
        if (hit.isVerb()) {
            Mood infinitive = infinitive(hit);
            return infinitive == null ? mood : infinitive;
        }
        return nounMood(hit, mood);
    }

    /**
     * "the armies clashed, with dozens of soldiers killed on both sides": a participle after 'with' and its noun
     * phrase tells what came of the act before it, not an act of its own.
     */
    private boolean isAbsoluteParticiple(Hit hit) {
        SentenceView view = syntax.view();
        int i = hit.start() - 1;
        int words = 0;
        while (i >= 0 && words < ABSOLUTE_WORDS
                && (syntax.isNounPhraseWord(i) || view.slotAt(i) != null || view.lower(i).equals("of"))) {
            i--;
            words++;
        }
        return words > 0 && i >= 0 && view.lower(i).equals("with") && view.isPastForm(hit.start());
    }

    /**
     * "Peru has long accused Chile of ...", "Kenya often criticises ...": a verb right after an adverb of habit tells
     * a standing practice, not a dated act.
     */
    private boolean isHabitual(Hit hit) {
        return hit.start() > 0 && syntax.is(hit.start() - 1, WordClass.HABIT);
    }

    /**
     * "Chile and Argentina fought no war", "Kenya sent no troops": a verb whose object opens with 'no' did not act
     * ("no fewer than three wars", "no less than" count, not negate).
     */
    private boolean hasNegatedObject(Hit hit) {
        SentenceView view = syntax.view();
        int i = hit.end();
        while (i < view.size() && syntax.is(i, WordClass.ADVERB)) {
            i++;
        }
        if (i >= view.size() || !view.lower(i).equals("no")) {
            return false;
        }
        String next = i + 1 < view.size() ? view.lower(i + 1) : "";
        return !next.equals("fewer") && !next.equals("less") && !next.equals("more") && !next.equals("longer");
    }

    /** "said it would lift the controls": 'would' after a verb of saying reports an intent. */
    private boolean isReportedFuture(int i) {
        if (!syntax.view().lower(i).equals("would")) {
            return false;
        }
        for (int j = i - 1; j >= 0; j--) {
            if (syntax.is(j, WordClass.REPORTING)) {
                return true;
            }
        }
        return false;
    }

    private boolean isNegation(int i) {
        SentenceView view = syntax.view();
        int length = syntax.words().match(view.lower(), i, WordClass.NEGATION);
        if (length == 0) {
            return false;
        }
        boolean notOnly = view.lower(i).equals("not") && i + 1 < view.size() && view.lower(i + 1).equals("only");
        return !notOnly;
    }

    /** The mood a "to" before a verb gives, or null when the verb is not an infinitive. */
    private Mood infinitive(Hit hit) {
        SentenceView view = syntax.view();
        int i = hit.start() - 1;
        while (i >= 0 && (syntax.is(i, WordClass.ADVERB) || view.lower(i).equals("be"))) {
            i--;
        }
        if (i < 0 || !view.lower(i).equals("to")) {
            return null;
        }
        if (syntax.causedAgent(hit.start()) != null) {
            return null; // "prompting Kenya to recall its envoy": done, as the causing act was
        }
        for (int j = i - 1; j >= Math.max(0, i - ORDINAL_REACH); j--) {
            if (syntax.is(j, WordClass.ORDINAL) && !syntax.is(j - 1, WordClass.PREP)) {
                return Mood.FACT;
            }
        }
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            if (syntax.is(j, WordClass.PLAN) || syntax.is(j, WordClass.FUTURE)) {
                return syntax.is(j, WordClass.NEGATION) || hasActorBetween(j, i) ? Mood.NONE : Mood.INTENT;
            }
        }
        return Mood.NONE;
    }

    /**
     * "the absence of Chinese investment", "Turkey's lack of support", "without Japanese backing": a noun whose
     * phrase says it is missing states no act.
     */
    private boolean isAbsent(Hit hit) {
        SentenceView view = syntax.view();
        int i = hit.start() - 1;
        while (i >= 0 && hit.start() - i <= ABSENCE_REACH
                && (view.slotAt(i) != null || syntax.isNounPhraseWord(i) && !view.lower(i).equals("of"))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        String word = view.lower(i);
        return word.equals("without")
                || word.equals("of") && i > 0 && ABSENCE_NOUNS.contains(view.lower(i - 1));
    }

    /**
     * The mood a noun's predicate gives it: none when it starts with a modal or a negation ("a visit by the
     * president might help", "the talks did not take place"), intent when it says the act is planned ("Japan's
     * investment in Kenya is planned", "the visit was scheduled for May", but not "the visit is expected to help",
     * which presupposes it), else a fact ({@code null}).
     */
    private Mood predicateMood(Hit hit) {
        SentenceView view = syntax.view();
        int end = syntax.nounPhraseEnd(hit);
        boolean copula = false;
        for (int i = end; i < Math.min(view.size(), end + 3); i++) {
            if (!syntax.clauses().same(i, hit.start())) {
                return null;
            }
            if (syntax.is(i, WordClass.MODAL) || isNegation(i)) {
                return Mood.NONE;
            }
            if (copula && syntax.is(i, WordClass.PROSPECTIVE)) {
                return i + 1 < view.size() && view.lower(i + 1).equals("to") ? null : Mood.INTENT;
            }
            copula |= syntax.is(i, WordClass.BE);
            if (!syntax.is(i, WordClass.BE) && !syntax.is(i, WordClass.HAVE) && !syntax.is(i, WordClass.FUTURE)
                    && !syntax.is(i, WordClass.ADVERB) && !view.lower(i).equals("did")
                    && !view.lower(i).equals("does") && !view.lower(i).equals("do")) {
                return null;
            }
        }
        return null;
    }

    /**
     * "This collaboration indicates a commitment to ...", "the deal reflects a desire for ...": a noun after a verb
     * of showing whose subject is no state is the author's reading of a thing, not an act ("Kenya signalled its
     * commitment to ..." is one).
     */
    private boolean isAuthorsReading(Hit hit) {
        SentenceView view = syntax.view();
        for (int verb = hit.start() - 1; verb >= Math.max(0, hit.start() - EVALUATIVE_REACH); verb--) {
            if (view.slotAt(verb) != null || !view.token(verb).isWord()) {
                return false;
            }
            if (syntax.is(verb, WordClass.EVALUATIVE)) {
                return !hasActorBetween(syntax.clauses().start(verb) - 1, verb);
            }
        }
        return false;
    }

    /** "Islamabad wants Baghdad to support": someone else's wish for the agent, not the agent's plan. */
    private boolean hasActorBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (syntax.view().slotAt(k) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the trigger is part of what another trigger of its clause intends, offers or asks for ("agreed to
     * cooperate", "called for the deployment of troops"): that trigger codes it.
     */
    private boolean isContentOfIntent(Hit hit) {
        // "agreed to forward the protocol after talks with Sweden": the talks are when it was agreed, not what
        boolean describesTheContent = isPassiveAfterComma(hit) || !hit.isVerb() && syntax.isCircumstance(hit.start());
        for (Hit other : hits) {
            if (other.end() <= hit.start() && other.trigger().has(Trigger.Flag.CONTENT) && !describesTheContent
                    && syntax.clauses().same(other.start(), hit.start()) && !isReportedIntent(other, hit)) {
                return true;
            }
            if (isDemandedAct(other, hit)) {
                return true;
            }
            if (other.end() <= hit.start() && !other.isVerb() && isSupportFor(other, hit)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "agreed to the Ankara Declaration, brokered by Turkey": a passive participle with its 'by' agent set off by a
     * comma describes the thing already named (a declaration that was brokered); it is not part of what was agreed.
     */
    private boolean isPassiveAfterComma(Hit hit) {
        SentenceView view = syntax.view();
        return hit.isVerb() && hit.start() > 0 && view.lower(hit.start() - 1).equals(",")
                && hit.end() < view.size() && view.lower(hit.end()).equals("by");
    }

    /**
     * "accused Russia of sending troops", "blamed Kyiv for shelling the town": what an accusation says the accused
     * did is the accuser's claim, not a fact (the accusation itself is coded).
     */
    private boolean isContentOfAccusation(Hit hit) {
        int before = hit.start() - 1;
        if (!hit.isVerb() || before < 0 || !(syntax.view().lower(before).equals("of")
                || syntax.view().lower(before).equals("for"))) {
            return false;
        }
        for (Hit other : hits) {
            String code = other.trigger().code();
            if (other.end() <= before && code != null && code.startsWith("112")
                    && before - other.end() <= ACCUSED_REACH && syntax.clauses().same(other.start(), hit.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "announced it would lift the controls", "said Kenya would extradite": a verb after the reported 'would' or
     * 'will' of a verb of saying is the reported intent itself, which that verb's own mood makes an intent, not
     * part of what the verb of saying states.
     */
    private boolean isReportedIntent(Hit reporting, Hit hit) {
        if (!hit.isVerb() || !syntax.is(reporting.start(), WordClass.REPORTING)) {
            return false;
        }
        for (int i = reporting.end(); i < hit.start(); i++) {
            if (syntax.is(i, WordClass.FUTURE) || syntax.view().lower(i).equals("would")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "demanded that Washington extradite the cleric", "urged that Kenya lift the ban": the act in the 'that' clause
     * right after an appeal or a demand is what is asked for, not done.
     */
    private boolean isDemandedAct(Hit asking, Hit hit) {
        String code = asking.trigger().code();
        if (!asking.isVerb() || code == null || !(code.startsWith("02") || code.startsWith("10"))
                || asking.end() >= hit.start() || !syntax.view().lower(asking.end()).equals("that")) {
            return false;
        }
        Clauses.Clause clause = syntax.clauses().clauseAt(hit.start());
        return clause.opener() == Clauses.Opener.COMPLEMENT && clause.openerAt() == asking.end();
    }

    /** "support for regional talks": what a support noun is for is not a fact of its own. */
    private boolean isSupportFor(Hit support, Hit hit) {
        if (!"support".equals(support.trigger().refine()) || support.end() >= hit.start()
                || !syntax.view().lower(support.end()).equals("for")) {
            return false;
        }
        for (int i = support.end() + 1; i < hit.start(); i++) {
            if (!syntax.isNounPhraseWord(i)) {
                return false;
            }
        }
        return true;
    }

    private Mood nounMood(Hit hit, Mood mood) {
        Mood predicate = predicateMood(hit);
        if (predicate == Mood.NONE || isAuthorsReading(hit) || isAbsent(hit)) {
            return Mood.NONE;
        }
        if (predicate == Mood.INTENT) {
            return Mood.INTENT;
        }
        for (int i = hit.start() - 1; i >= Math.max(0, hit.start() - 3); i--) {
            if (syntax.is(i, WordClass.MODAL)) {
                return isReportedFuture(i) ? Mood.INTENT : Mood.NONE;
            }
            if (syntax.is(i, WordClass.PROSPECTIVE)) {
                return Mood.INTENT;
            }
            if (!syntax.isNounPhraseWord(i)) {
                break;
            }
        }
        return mood;
    }
}
