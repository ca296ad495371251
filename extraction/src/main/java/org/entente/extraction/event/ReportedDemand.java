package org.entente.extraction.event;

import java.util.List;
import java.util.Set;

import org.entente.extraction.actor.ActorMention;
import org.entente.extraction.text.Token;

/**
 * A demand or a veiled threat told as reported speech: "Turkish officials said Greece should stop arming the
 * islands", "Beijing insisted that Manila must withdraw its vessels", "the Kenyan minister told reporters Somalia
 * ought to drop the case". The trigger is the modal of obligation (a trigger flagged {@code reported}); the demand
 * goes from the state that says it (the subject of the verb of saying) to the state that is told what it should
 * do (the modal's subject, standing right before it).
 *
 * <ul>
 *   <li>the modal's subject is a state's phrase right before it (a pronoun or a person is too vague);</li>
 *   <li>a verb of saying ({@code reporting} in words.tsv) stands a few words before that subject, with no other
 *       state, modal or mark other than a comma or a quotation mark between ("said that", "told reporters");</li>
 *   <li>the sayer is the state phrase that is the subject of the verb of saying (the verb follows it straight on,
 *       or after an aside between commas), outside a prepositional phrase, and is not the told state;</li>
 *   <li>not a statement of what a state is ("should be", "must have"): the modal is followed by a verb of
 *       doing, or by 'not' and one.</li>
 * </ul>
 * A veiled threat ("all options are open", "a cause for war") takes as its source the sayer found the same way.
 */
final class ReportedDemand {

    /** How far before the told state the verb of saying may stand ("told reporters that Manila"). */
    private static final int SAYING_REACH = 4;
    private static final double SAYER_CERTAINTY = 0.9;
    /** How long an aside between the sayer and the verb may be ("Turkish officials, for their part, said"). */
    private static final int ASIDE_WORDS = 6;
    private static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u201d", "'", "\u2018");
    private static final List<String> STATIVE = List.of("be", "have", "been", "remain", "feel", "know", "expect");

    private ReportedDemand() {
    }

    /** The sayer and the told state of the demand that the modal {@code hit} states, or null when it states none. */
    static ArgumentFinder.Roles roles(Syntax syntax, Hit hit) {
        return hit.isVerb() ? demand(syntax, hit) : veiledThreat(syntax, hit);
    }

    /**
     * "Morsi told supporters that 'all options are open'", "Ankara declared that it would be a cause for war": the
     * sayer of a veiled threat (its target, unnamed, is the other side: SentenceCoder), or null without one.
     */
    private static ArgumentFinder.Roles veiledThreat(Syntax syntax, Hit hit) {
        int saying = sayingVerbBefore(syntax, hit.start());
        Slot sayer = saying < 0 ? null : sayerBefore(syntax, saying);
        if (sayer == null) {
            return null;
        }
        ActorMention by = sayer.mentions().get(0);
        return new ArgumentFinder.Roles(List.of(new Party(by.code(), by.toActorRef(), SAYER_CERTAINTY)), List.of(),
                false, List.of());
    }

    private static ArgumentFinder.Roles demand(Syntax syntax, Hit hit) {
        SentenceView view = syntax.view();
        Slot told = hit.start() > 0 ? view.slotAt(hit.start() - 1) : null;
        if (told == null || !isState(told) || !isFollowedByADeed(view, hit.end())) {
            return null;
        }
        int saying = sayingVerbBefore(syntax, told.first());
        if (saying < 0) {
            return null;
        }
        Slot sayer = sayerBefore(syntax, saying);
        if (sayer == null || sayer.codes().equals(told.codes())) {
            return null;
        }
        ActorMention by = sayer.mentions().get(0);
        ActorMention to = told.mentions().get(0);
        return new ArgumentFinder.Roles(List.of(new Party(by.code(), by.toActorRef(), SAYER_CERTAINTY)),
                List.of(new Party(to.code(), to.toActorRef(), 1.0)), false, List.of());
    }

    private static boolean isState(Slot slot) {
        return slot.isActor() && !slot.isNonState() && !slot.isPlace() && slot.codes().size() == 1;
    }

    /** "should stop", "must not arm": a verb of doing after the modal, not "should be" or "must have". */
    private static boolean isFollowedByADeed(SentenceView view, int after) {
        int i = after < view.size() && view.lower(after).equals("not") ? after + 1 : after;
        return i < view.size() && view.slotAt(i) == null && view.token(i).type()
                == Token.Type.WORD && !STATIVE.contains(view.lower(i));
    }

    /**
     * The index of a verb of saying a few words before {@code subject} ("said Greece", "insisted that Manila", "told
     * supporters that"), or -1.
     */
    private static int sayingVerbBefore(Syntax syntax, int subject) {
        for (int i = subject - 1; i >= Math.max(0, subject - SAYING_REACH); i--) {
            if (QUOTES.contains(syntax.view().token(i).text())) {
                continue;
            }
            if (syntax.is(i, WordClass.REPORTING)) {
                return i;
            }
            if (syntax.view().slotAt(i) != null || syntax.is(i, WordClass.MODAL)
                    || syntax.view().token(i).type() == Token.Type.PUNCT && !syntax.view().isPunct(i, ",")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The state phrase that is the subject of the verb of saying: the nearest before it in its clause that the verb
     * follows straight on, after the rest of its noun phrase ("Turkish officials said") and an aside between commas
     * ("Turkish officials, for their part, said"); null when there is none ("dismissed the Moroccan statement, and
     * its ministry said": the object is not the sayer).
     */
    private static Slot sayerBefore(Syntax syntax, int saying) {
        int start = syntax.clauses().start(saying);
        List<Slot> slots = syntax.view().slots();
        for (int k = slots.size() - 1; k >= 0; k--) {
            Slot slot = slots.get(k);
            if (slot.last() >= saying || slot.first() < start) {
                continue;
            }
            if (isState(slot) && !syntax.inPrepositionalPhrase(slot) && isSubjectOf(syntax, slot, saying)) {
                return slot;
            }
        }
        return null;
    }

    /** Whether the verb at {@code verb} follows the phrase {@code slot} straight on, as its subject. */
    private static boolean isSubjectOf(Syntax syntax, Slot slot, int verb) {
        SentenceView view = syntax.view();
        int i = slot.last() + 1;
        while (i < verb && view.slotAt(i) == null && (syntax.isNounPhraseWord(i) || view.timeAt(i) != null
                || syntax.is(i, WordClass.ADVERB)) && !syntax.is(i, WordClass.PREP)) {
            i++;
        }
        if (i < verb && view.isPunct(i, ",")) {
            int close = i + 1;
            while (close < Math.min(verb, i + ASIDE_WORDS) && !view.isPunct(close, ",")) {
                close++;
            }
            i = close < verb && view.isPunct(close, ",") ? close + 1 : verb + 1;
        }
        while (i < verb && (view.timeAt(i) != null || syntax.is(i, WordClass.ADVERB))) {
            i++;
        }
        return i == verb;
    }
}
