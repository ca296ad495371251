package org.entente.extraction.event;

import java.util.ArrayList;
import java.util.List;

import org.entente.extraction.actor.ActorMention;
import org.entente.extraction.text.Token;

/**
 * Finds the triggers of a sentence: at each word outside an actor phrase, the longest form of the lexicon. A form
 * that is both a verb and a noun ("visit", "support", "attacks") is read from the word before it:
 * <ul>
 *   <li>a noun after a determiner or possessive ("the visit", "Iraq's support"), a number or date, a preposition
 *       other than 'to', an adjective or noun ("military support", "missile attacks"), a demonym ("Iranian
 *       strikes"), or a form of 'be';</li>
 *   <li>a verb after 'to', a modal or future auxiliary, a negation, an adverb, a personal pronoun, 'have', or a
 *       state's name ("Iran attacks");</li>
 *   <li>after 'and' or a comma, a verb when an actor or determiner follows it ("and visits the"), else a noun;
 *       at the start of a sentence a noun.</li>
 * </ul>
 */
final class HitFinder {

    private final TriggerLexicon lexicon;
    private final Words words;

    HitFinder(TriggerLexicon lexicon, Words words) {
        this.lexicon = lexicon;
        this.words = words;
    }

    List<Hit> find(SentenceView view) {
        List<Hit> hits = new ArrayList<>();
        String[] lower = view.lower();
        int i = 0;
        while (i < lower.length) {
            TriggerLexicon.Match match = view.slotAt(i) == null ? lexicon.at(lower, i) : null;
            if (match == null) {
                i++;
                continue;
            }
            Trigger chosen = choose(view, i, i + match.length(), match.triggers());
            hits.add(new Hit(i, i + match.length(), chosen));
            i += match.length();
        }
        return hits;
    }

    private Trigger choose(SentenceView view, int start, int end, List<Trigger> triggers) {
        Trigger verb = null;
        Trigger noun = null;
        for (Trigger trigger : triggers) {
            if (trigger.isVerb() && verb == null) {
                verb = trigger;
            } else if (!trigger.isVerb() && noun == null) {
                noun = trigger;
            }
        }
        if (verb == null || noun == null) {
            return verb != null ? verb : noun;
        }
        return isNounContext(view, start, end) ? noun : verb;
    }

    private boolean isNounContext(SentenceView view, int start, int end) {
        int p = start - 1;
        if (p < 0) {
            return true;
        }
        String previous = view.lower(p);
        Token token = view.token(p);
        Slot slot = view.slotAt(p);
        if (slot != null) {
            return slot.mentions().stream().allMatch(HitFinder::isDemonym);
        }
        if (previous.equals("to") || is(previous, WordClass.MODAL) || is(previous, WordClass.FUTURE)
                || is(previous, WordClass.NEGATION) || is(previous, WordClass.HAVE) || is(previous, WordClass.ADVERB)
                || previous.endsWith("ly") || isPersonalPronoun(previous)) {
            return is(previous, WordClass.DET);
        }
        if (previous.equals("and") || previous.equals(",") || previous.equals("or")) {
            return !(end < view.size() && (view.slotAt(end) != null || is(view.lower(end), WordClass.DET)));
        }
        if (token.type() == Token.Type.CLITIC || token.type() == Token.Type.NUMBER || view.timeAt(p) != null) {
            return true;
        }
        return is(previous, WordClass.DET) || is(previous, WordClass.PREP) || is(previous, WordClass.BE)
                || token.type() == Token.Type.WORD;
    }

    private boolean is(String word, WordClass wordClass) {
        return words.is(word, wordClass);
    }

    private boolean isPersonalPronoun(String word) {
        return (is(word, WordClass.PERSON) || is(word, WordClass.THING) || is(word, WordClass.PLURAL))
                && !is(word, WordClass.DET);
    }

    private static boolean isDemonym(ActorMention mention) {
        return mention.reason().equals("demonym");
    }
}
