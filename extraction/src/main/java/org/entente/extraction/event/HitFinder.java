package org.entente.extraction.event;

import java.util.ArrayList;
import java.util.List;

import org.entente.extraction.actor.ActorMention;
import org.entente.extraction.text.Token;

/**
 * Finds the triggers of a sentence: at each word outside an actor phrase, the longest form of the lexicon whose
 * part of speech fits the context. A form is read from the words around it:
 * <ul>
 *   <li>a noun after a determiner or possessive ("the visit", "Iraq's support"), a number or date, a preposition
 *       other than 'to', an adjective or noun ("military support", "missile attacks"), a demonym ("Iranian
 *       strikes"), or a form of 'be', and before 'of' ("the visit of");</li>
 *   <li>a verb after 'to', a modal or future auxiliary, a negation, an adverb, a personal pronoun, 'have', or a
 *       state's name ("Iran attacks");</li>
 *   <li>after 'and' or a comma, a verb when an actor or determiner follows it ("and visits the"), else a noun;
 *       at the start of a sentence a noun.</li>
 * </ul>
 * A form that is only a verb is no trigger where the context clearly wants a noun ("a host of measures", "the
 * exchange of information"), and a form that is only a noun none where it clearly wants a verb ("what Washington
 * calls"). A capitalised verb inside a sentence, or a capitalised noun after a capitalised word that names no actor,
 * is part of a name ("Operation Desert Storm", "Bilateral Political Consultations").
 */
final class HitFinder {

    private final TriggerLexicon lexicon;

    HitFinder(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Hit> find(SentenceView view) {
        List<Hit> hits = new ArrayList<>();
        String[] lower = view.lower();
        int i = 0;
        while (i < lower.length) {
            Hit hit = view.slotAt(i) == null ? hitAt(view, i) : null;
            if (hit == null) {
                i++;
                continue;
            }
            hits.add(hit);
            i = hit.end();
        }
        return hits;
    }

    private Hit hitAt(SentenceView view, int start) {
        String[] lower = view.lower();
        for (int length = lower.length - start; length > 0; length--) {
            TriggerLexicon.Match match = lexicon.at(lower, start, length);
            if (match == null) {
                return null;
            }
            Trigger chosen = choose(view, start, start + match.length(), match.triggers());
            if (chosen != null) {
                return new Hit(start, start + match.length(), chosen);
            }
            length = match.length();
        }
        return null;
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
        boolean nounContext = isNounContext(view, start, end);
        if (verb != null && noun != null) {
            return nounContext ? noun : verb;
        }
        if (verb != null) {
            boolean name = view.token(start).isCapitalised() && start > 0 && !view.lower(start - 1).equals("\"");
            return name || isStrongNounContext(view, start, end) || isAfterPreposition(view, start) ? null : verb;
        }
        if (isNamePart(view, start)) {
            return null;
        }
        return nounContext || !isStrongVerbContext(view, start) ? noun : null;
    }

    /**
     * "controls on exports", "a fall in imports": right after a preposition (not 'to', nor one that may open a
     * clause: "has since provided"), a form that is not a gerund is a noun, not the verb it is spelt like.
     */
    private static boolean isAfterPreposition(SentenceView view, int start) {
        int p = start - 1;
        return p >= 0 && view.is(p, WordClass.PREP) && !view.is(p, WordClass.SUBORDINATOR)
                && !view.lower(p).equals("to")
                && !view.lower(start).endsWith("ing") && view.slotAt(p) == null;
    }

    /** "Bilateral Political Consultations", "Operation Desert Storm": a capitalised word after another is a name. */
    private static boolean isNamePart(SentenceView view, int start) {
        return start > 0 && view.token(start).isCapitalised() && view.token(start - 1).isCapitalised()
                && view.slotAt(start - 1) == null;
    }

    private boolean isNounContext(SentenceView view, int start, int end) {
        int p = start - 1;
        if (end < view.size() && view.lower(end).equals("of")) {
            return true;
        }
        if (p < 0) {
            return true;
        }
        String previous = view.lower(p);
        Token token = view.token(p);
        Slot slot = view.slotAt(p);
        if (slot != null) {
            return isModifier(view, slot, start);
        }
        if (isStrongVerbContext(view, start)) {
            return view.is(p, WordClass.DET);
        }
        if (isOwnedOrdinal(view, p)) {
            return true;
        }
        if (previous.equals("and") || previous.equals(",") || previous.equals("or")) {
            return !(end < view.size() && (view.slotAt(end) != null || view.is(end, WordClass.DET)));
        }
        if (token.type() == Token.Type.CLITIC || token.type() == Token.Type.NUMBER || view.timeAt(p) != null) {
            return true;
        }
        return view.is(p, WordClass.DET) || view.is(p, WordClass.PREP) || view.is(p, WordClass.BE)
                || token.type() == Token.Type.WORD;
    }

    /**
     * After a determiner, a possessive ending or a number, possibly with an adjective between ("a practical
     * halt", but not a plural noun: "the two leaders agreed"), or before 'of': only a noun fits.
     */
    private boolean isStrongNounContext(SentenceView view, int start, int end) {
        if (end < view.size() && view.lower(end).equals("of") && !view.lower(start).endsWith("ed")) {
            return true;
        }
        int p = start - 1;
        int adjectives = 0;
        while (p >= 0 && adjectives < 1 && view.token(p).isWord() && !view.token(p).isCapitalised()
                && view.slotAt(p) == null && !view.isFunctionWord(p) && !view.lower(p).endsWith("ly")
                && !view.lower(p).endsWith("s")) {
            p--;
            adjectives++;
        }
        if (p < 0) {
            return false;
        }
        Token token = view.token(p);
        boolean determiner = view.is(p, WordClass.DET) && !view.is(p, WordClass.RELATIVE);
        return determiner || token.type() == Token.Type.CLITIC || token.type() == Token.Type.NUMBER;
    }

    /** After 'to', a modal or auxiliary, a negation, an adverb, a pronoun or a state's name: only a verb fits. */
    private boolean isStrongVerbContext(SentenceView view, int start) {
        int p = start - 1;
        if (p < 0) {
            return false;
        }
        String previous = view.lower(p);
        Slot slot = view.slotAt(p);
        if (slot != null) {
            return !isModifier(view, slot, start);
        }
        if (isOwnedOrdinal(view, p)) {
            return false;
        }
        return previous.equals("to") || view.is(p, WordClass.MODAL) || view.is(p, WordClass.FUTURE)
                || view.is(p, WordClass.NEGATION) || view.is(p, WordClass.HAVE)
                || view.is(p, WordClass.ADVERB) || previous.endsWith("ly") || isPersonalPronoun(view, p);
    }

    /**
     * "his first trip", "the second visit", "Modi's last visit": an ordinal after a determiner or possessive is an
     * adjective of a noun, not the adverb of a verb ("Modi first visited").
     */
    private static boolean isOwnedOrdinal(SentenceView view, int p) {
        if (p < 1 || !view.is(p, WordClass.ORDINAL)) {
            return false;
        }
        return view.is(p - 1, WordClass.DET) || view.token(p - 1).type() == Token.Type.CLITIC;
    }

    /**
     * Whether an actor phrase right before a form modifies it as a noun: a demonym ("Iranian strikes"), a place
     * ("the Persian Gulf War"), a name after a determiner ("the Iraq war"), a compound of names ("Ethiopia–Eritrea
     * war"), or before a capitalised form ("Iran–Iraq War"); otherwise it is the subject of a verb ("Iran
     * attacks").
     */
    private static boolean isModifier(SentenceView view, Slot slot, int form) {
        Slot first = slot;
        boolean compound = slot.codes().size() > 1;
        while (first.first() >= 2 && isDash(view.lower(first.first() - 1)) && view.slotAt(first.first() - 2) != null) {
            first = view.slotAt(first.first() - 2);
            compound = true;
        }
        boolean afterDeterminer = view.is(first.first() - 1, WordClass.DET);
        return slot.mentions().stream().allMatch(HitFinder::isDemonym) || !slot.isActor() || afterDeterminer
                || compound || view.token(form).isCapitalised() || isBareFormAfterSingularNoun(view, slot, form);
    }

    /**
     * "Poland's military support", "the Turkish army backing": a bare form right after a singular common noun
     * cannot be its verb ("the army supports"), so the noun modifies it.
     */
    private static boolean isBareFormAfterSingularNoun(SentenceView view, Slot slot, int form) {
        Token last = view.token(slot.last());
        String noun = view.lower(slot.last());
        String word = view.lower(form);
        return last.isWord() && !last.isCapitalised() && !noun.endsWith("s") && !word.endsWith("s")
                && !word.endsWith("ed");
    }

    private static boolean isDash(String word) {
        return word.equals("-") || word.equals("–") || word.equals("—");
    }

    private static boolean isPersonalPronoun(SentenceView view, int i) {
        return (view.is(i, WordClass.PERSON) || view.is(i, WordClass.THING) || view.is(i, WordClass.PLURAL))
                && !view.is(i, WordClass.DET);
    }

    private static boolean isDemonym(ActorMention mention) {
        return mention.reason().equals("demonym");
    }
}
