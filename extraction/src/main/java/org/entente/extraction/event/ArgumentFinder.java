package org.entente.extraction.event;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.extraction.ActorRef;
import org.entente.extraction.actor.ActorMention;

/**
 * Finds who acts (agents) and who is acted on (targets) for each trigger of one sentence, from the sentence's
 * structure:
 * <ul>
 *   <li>a verb's agent is its subject: the nearest actor phrase before it in its clause that is not in a
 *       prepositional phrase nor the object of an earlier verb, with the phrases coordinated before it ("A and B
 *       signed"); a verb coordinated with an earlier one shares its subject ("visited Iraq and met ..."); in a
 *       relative clause without a subject, the phrase the pronoun follows ("the minister who met ...");
 *       "he"/"she"/"it" are resolved by {@link Antecedents};</li>
 *   <li>in the passive the subject is the target and the agent stands after 'by' (or where the trigger says:
 *       "pilots were trained in Pakistan");</li>
 *   <li>a noun's agent is its possessor or modifier ("Iraq's support", "the Iraqi invasion"), its 'of' phrase
 *       when the trigger says so ("the visit of the minister"), its 'by' phrase, or the subject of the clause when
 *       the noun is the object of a light verb ("X held talks with Y", "X launched strikes on Y");</li>
 *   <li>a target is the direct object or the phrase of one of the trigger's prepositions, with the phrases
 *       coordinated after it ("blamed India, Afghanistan and Iraq").</li>
 * </ul>
 * One finder per sentence; not thread-safe. Triggers must be asked for in text order (a coordinated verb reuses
 * the subject found for the verb before it).
 */
final class ArgumentFinder {

    /**
     * The sides of one trigger.
     *
     * @param agents  who acts
     * @param targets who is acted on
     * @param blocked whether a side is a non-state group, so the trigger makes no state event
     * @param implied for a joint act named without any side ("the signing of a memorandum ... for the two
     *                countries"), the document's pair when the sentence refers to it; otherwise empty
     */
    record Roles(List<Party> agents, List<Party> targets, boolean blocked, List<Party> implied) {
    }

    private static final double SUBJECT = 1.0;
    private static final double OBJECT = 1.0;
    private static final double PHRASE = 0.95;
    private static final double COORDINATED = 0.9;
    private static final double LIGHT_VERB = 0.85;
    private static final double PRONOUN = 0.8;
    /** How far after a pronoun the comma that closes a sentence's opening phrase may stand (tokens). */
    private static final int FRONTED_REACH = 12;
    /** How many prepositions and determiners may stand between a noun and a state its phrase names ("in the"). */
    private static final int OWN_PHRASE_WORDS = 3;
    /** How many words (determiners, titles) may stand before the subject after an opening phrase. */
    private static final int TITLE_REACH = 4;
    private static final double NEAREST = 0.7;
    private static final double IMPLIED_PAIR = 0.6;
    private static final int MODIFIER_WORDS = 3;
    /** How many words may stand between a verb and the act heading its object ("the Somali president's visit"). */
    private static final int OBJECT_ACT_WORDS = 5;
    private static final Set<String> INSTRUMENT_PREPOSITIONS = Set.of("through", "with", "via");
    /** How many words before an instrument phrase its owner may stand ('the expansion of Ghana's rail network'). */
    private static final int INSTRUMENT_REACH = 7;

    private final Syntax syntax;
    private final SentenceView view;
    private final List<Hit> hits;
    private final Antecedents antecedents;
    private final Map<Hit, List<Party>> agentsByHit = new IdentityHashMap<>();

    ArgumentFinder(Syntax syntax, List<Hit> hits, Antecedents antecedents) {
        this.syntax = syntax;
        this.view = syntax.view();
        this.hits = hits;
        this.antecedents = antecedents;
    }

    /** The agents and targets of a trigger of this sentence. */
    Roles roles(Hit hit) {
        Side agents;
        Side targets;
        Side between = between(hit);
        if (between != null) {
            agents = remember(hit, between);
            targets = Side.NONE;
        } else if (isAttributiveVisit(hit)) {
            agents = remember(hit, side(view.slotAt(hit.end()), PHRASE, true));
            targets = clauseSubject(hit.start());
        } else if (hit.isVerb() && syntax.isPassive(hit)) {
            Side subject = clauseSubject(hit.start());
            if (hit.trigger().passive().contains(Trigger.SUBJECT)) {
                agents = remember(hit, subject);
                targets = targets(hit);
            } else {
                agents = remember(hit, passiveAgent(hit));
                Side phrase = targets(hit, false);
                targets = phrase.parties().isEmpty() && !phrase.blocked() ? subject : phrase;
            }
        } else {
            agents = remember(hit, hit.isVerb() ? verbAgents(hit) : nounAgents(hit));
            targets = targets(hit);
        }
        if (hit.trigger().has(Trigger.Flag.VISITOR) && !isPersonInAPlace(agents, targets)) {
            return new Roles(List.of(), List.of(), false, List.of());
        }
        boolean none = agents.parties().isEmpty() && targets.parties().isEmpty();
        List<Party> implied = none && hit.trigger().has(Trigger.Flag.JOINT) && !namesAnotherState(hit)
                ? pairInSentence(hit) : List.of();
        return new Roles(agents.parties(), targets.parties(), agents.blocked() || targets.blocked(), implied);
    }

    /**
     * "the president was in Hanoi": a stay is a visit only when a person stays in a place named as such (not "the
     * region was in Chinese hands").
     */
    private static boolean isPersonInAPlace(Side agents, Side targets) {
        boolean persons = !agents.parties().isEmpty() && agents.parties().stream().allMatch(p -> {
            String reason = p.ref().reason();
            return reason.equals("leader") || reason.equals("office") || reason.startsWith("pronoun for")
                    && !p.ref().text().equalsIgnoreCase("it");
        });
        boolean places = !targets.parties().isEmpty() && targets.parties().stream()
                .noneMatch(p -> p.ref().reason().equals("demonym"));
        return persons && places;
    }

    private Side remember(Hit hit, Side agents) {
        agentsByHit.put(hit, agents.parties());
        return agents;
    }

    /**
     * "talks between India and China", "a war of words between Tehran and Washington": a 'between' phrase with
     * two states names both sides of a joint act; null when the trigger has none.
     */
    private Side between(Hit hit) {
        if (!hit.trigger().targets().contains("between") || !hit.trigger().has(Trigger.Flag.JOINT)) {
            return null;
        }
        int limit = hit.isVerb() ? verbLimit(hit) : Math.min(nextHitStart(hit), syntax.nounPredicateEnd(hit));
        Slot slot = syntax.prepositionalObject("between", hit.end(), limit);
        if (slot == null || !hit.isVerb() && hasActiveVerbBefore(hit.end(), slot.first())) {
            return null;
        }
        Side side = list(slot, PHRASE);
        long codes = side.parties().stream().map(Party::code).distinct().count();
        if (codes < 2) {
            side = withSecondMember(slot, side);
            codes = side.parties().stream().map(Party::code).distinct().count();
        }
        return codes >= 2 ? side : null;
    }

    /**
     * "the war in 1990 strained relations between the two countries": an active verb of the clause between a noun and
     * a 'between' phrase makes the phrase the verb's, not the noun's ("talks were held between" stays the noun's).
     */
    private boolean hasActiveVerbBefore(int from, int to) {
        for (int k = from; k < to; k++) {
            boolean passive = k > 0 && (syntax.is(k - 1, WordClass.BE)
                    || k > 1 && syntax.is(k - 1, WordClass.ADVERB) && syntax.is(k - 2, WordClass.BE));
            if (view.isPastForm(k) && !passive && view.slotAt(k) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "talks between Peru and Ecuador were held": a 'between' phrase always has a second member after 'and', even
     * when a verb follows it (elsewhere "... and Ecuador were" could open a new clause).
     */
    private Side withSecondMember(Slot first, Side side) {
        int and = first.last() + 1;
        if (and + 1 >= view.size() || !view.lower(and).equals("and")) {
            return side;
        }
        Slot second = view.slotAt(and + 1);
        if (second == null || !second.isActor()) {
            return side;
        }
        List<Party> parties = new ArrayList<>(side.parties());
        parties.addAll(parties(second, PHRASE));
        return new Side(parties, side.blocked());
    }

    /** One side as found: the parties, or blocked by a non-state actor in its place. */
    /** At most this many words of an apposition before the state it names ("the closest ally of"). */
    private static final int APPOSITION_WORDS = 6;

    private record Side(List<Party> parties, boolean blocked) {
        static final Side NONE = new Side(List.of(), false);
        static final Side BLOCKED = new Side(List.of(), true);
    }

    // ---- agents

    private Side verbAgents(Hit hit) {
        Slot caused = syntax.causedAgent(hit.start());
        if (caused != null) {
            return side(caused, PHRASE, false);
        }
        Hit coordinated = coordinatedVerbBefore(hit);
        if (coordinated != null && agentsByHit.containsKey(coordinated)) {
            return new Side(scaled(agentsByHit.get(coordinated), COORDINATED), false);
        }
        return clauseSubject(hit.start());
    }

    private Side nounAgents(Hit hit) {
        if (hasIrregularModifier(hit)) {
            return Side.BLOCKED;
        }
        int after = hit.end();
        boolean ofPhrase = after < view.size() && view.lower(after).equals("of");
        if (isInSupportOf(hit, ofPhrase)) {
            return clauseSubject(hit.start());
        }
        Side owner = possessorOrModifier(hit);
        if (owner != null) {
            return owner;
        }
        if (hit.trigger().of() == Trigger.Of.AGENT && ofPhrase) {
            Slot slot = syntax.nounPhraseSlot(after + 1, view.size());
            if (slot != null) {
                return list(slot, PHRASE);
            }
        }
        int limit = nounLimit(hit);
        for (String preposition : new String[] {"by", "from"}) {
            if (!hit.trigger().targets().contains(preposition)) {
                Slot slot = syntax.prepositionalObject(preposition, after, limit);
                if (slot != null) {
                    return list(slot, PHRASE);
                }
            }
        }
        if (isObjectOfLightVerb(hit)) {
            Side subject = clauseSubject(hit.start());
            return new Side(scaled(subject.parties(), LIGHT_VERB), subject.blocked());
        }
        if (syntax.isCircumstance(hit.start()) && hasTargetPhrase(hit)) {
            // "Erdogan dropped his veto after talks with Kristersson": an act of the clause's subject, or of the
            // subject after the comma when the phrase opens the sentence ("After talks with ..., Erdogan ...")
            Slot opening = subjectAfterOpeningPhrase(hit.start());
            Side subject = opening != null ? side(opening, SUBJECT, true) : clauseSubject(hit.start());
            return new Side(scaled(subject.parties(), LIGHT_VERB), subject.blocked());
        }
        if (hit.trigger().has(Trigger.Flag.NEAREST) && hasTargetPhrase(hit)) {
            return nearestBefore(hit.start());
        }
        return Side.NONE;
    }

    /** Whether a noun has one of its target phrases ("war with India"), which a nearest agent needs. */
    private boolean hasTargetPhrase(Hit hit) {
        int limit = nounLimit(hit);
        for (String where : hit.trigger().targets()) {
            if (!where.equals(Trigger.OBJECT) && syntax.prepositionalObject(where, hit.end(), limit) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the signing of a memorandum ... for the two countries": a joint act named without its sides is the
     * document's pair when the sentence refers to it ("the two countries", "both", "bilateral").
     */
    private List<Party> pairInSentence(Hit hit) {
        for (Slot slot : view.slots()) {
            if (slot.isPair()) {
                // "the Gulf War in 1990 further strained relations between the two countries": the pair is the
                // object of another verb after the noun, not the noun's sides
                boolean ofAnotherVerb = !hit.isVerb() && slot.first() > hit.end()
                        && hasActiveVerbBefore(hit.end(), slot.first());
                return ofAnotherVerb ? List.of() : parties(slot, IMPLIED_PAIR);
            }
        }
        return List.of();
    }

    /**
     * "the war in Yemen", "talks on Sudan": a noun whose own phrase names a state that is not its side is about that
     * state, not an act of the sentence's pair.
     */
    private boolean namesAnotherState(Hit hit) {
        for (int k = hit.end(); k < Math.min(view.size(), hit.end() + OWN_PHRASE_WORDS); k++) {
            Slot slot = view.slotAt(k);
            if (slot != null) {
                return slot.isActor() && !slot.isPair();
            }
            if (!syntax.is(k, WordClass.PREP) && !syntax.is(k, WordClass.DET)) {
                return false;
            }
        }
        return false;
    }

    /** "terrorist attacks", "militant strikes": a non-state force acted. */
    private boolean hasIrregularModifier(Hit hit) {
        for (int i = hit.start() - 1; i >= Math.max(0, hit.start() - MODIFIER_WORDS); i--) {
            if (syntax.is(i, WordClass.IRREGULAR)) {
                return true;
            }
            if (!syntax.isNounPhraseWord(i) || syntax.is(i, WordClass.DET)) {
                return false;
            }
        }
        return false;
    }

    /** "in support of Saudi Arabia": the 'of' phrase is who is supported, the clause's subject supports. */
    private boolean isInSupportOf(Hit hit, boolean ofPhrase) {
        return ofPhrase && hit.trigger().of() == Trigger.Of.AGENT && hit.start() > 0
                && view.lower(hit.start() - 1).equals("in") && hit.trigger().targets().contains("for");
    }

    /**
     * Whether a noun is what the clause's subject does through a verb that says nothing of its own: "X held talks",
     * "X launched strikes", "X provided support", "X landed in Y for talks". Not when the noun sits in another
     * phrase ("support for Islamabad in the war") or is the object of a trigger of another kind ("X condemned
     * the attacks": X did not attack).
     */
    private boolean isObjectOfLightVerb(Hit hit) {
        int i = hit.start() - 1;
        while (i >= 0 && hit.start() - i < 8 && syntax.isNounPhraseWord(i) && !syntax.is(i, WordClass.DET)
                && !isVerbLike(i)) {
            i--;
        }
        while (i >= 0 && syntax.is(i, WordClass.DET) && !syntax.is(i, WordClass.PERSON)
                && !syntax.is(i, WordClass.THING)) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        if (syntax.is(i, WordClass.PREP)) {
            return view.lower(i).equals("for") && i > 0 && isAfterVerbPhrase(i);
        }
        for (Hit other : hits) {
            if (other.isVerb() && other.start() <= i && i < other.end()) {
                String code = other.trigger().code();
                return code == null || hit.trigger().code() != null
                        && code.substring(0, 2).equals(hit.trigger().code().substring(0, 2));
            }
        }
        return isVerbLike(i) || view.token(i).isWord() && !syntax.isFunctionWord(i) && view.slotAt(i) == null;
    }

    /** "held", "launched", "made", "carrying": a word shaped like a verb. */
    private boolean isVerbLike(int i) {
        String w = view.lower(i);
        return view.token(i).isWord() && view.slotAt(i) == null && !view.token(i).isCapitalised()
                && (w.endsWith("ed") || w.endsWith("ing") || syntax.is(i, WordClass.PARTICIPLE));
    }

    /**
     * "landed in Islamabad for talks", "arrived on Tuesday for talks": a purpose phrase after a verb's phrases,
     * not inside a noun phrase.
     */
    private boolean isAfterVerbPhrase(int preposition) {
        Slot before = view.slotAt(preposition - 1);
        return before != null && before.isPlace() || before != null && syntax.inPrepositionalPhrase(before)
                || view.timeAt(preposition - 1) != null;
    }

    /**
     * "Iraq's support", "the Pahlavi king's support", "the Iraqi invasion", "his visit", "the Iran-Iraq war",
     * "firm military and financial support" back to its owner.
     */
    private Side possessorOrModifier(Hit hit) {
        int i = hit.start() - 1;
        int words = 0;
        while (i >= 0 && words < MODIFIER_WORDS + 2 && !syntax.is(i, WordClass.DET)
                && view.token(i).type() != org.entente.extraction.text.Token.Type.CLITIC
                && (syntax.isNounPhraseWord(i) || i + 1 < hit.start() && isModifierJoint(i))) {
            i--;
            words++;
        }
        if (i < 0) {
            return null;
        }
        if (view.token(i).type() == org.entente.extraction.text.Token.Type.CLITIC) {
            for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
                if (view.slotAt(j) != null) {
                    return side(view.slotAt(j), PHRASE, true);
                }
                if (!syntax.isNounPhraseWord(j) || syntax.is(j, WordClass.DET)) {
                    break;
                }
            }
            return null;
        }
        Slot slot = view.slotAt(i);
        if (slot != null && !syntax.is(i + 1, WordClass.PREP)) {
            return side(slot, PHRASE, true);
        }
        if (syntax.is(i, WordClass.DET)) {
            return pronoun(i);
        }
        return null;
    }

    /** "military and financial", "political, military": a joint between two modifiers. */
    private boolean isModifierJoint(int i) {
        String w = view.lower(i);
        return (w.equals("and") || w.equals(",")) && i > 0 && (syntax.isNounPhraseWord(i - 1)
                && !syntax.is(i - 1, WordClass.DET) || view.slotAt(i - 1) != null);
    }

    private Side passiveAgent(Hit hit) {
        int limit = view.size();
        for (String preposition : hit.trigger().passive()) {
            Slot slot = syntax.prepositionalObject(preposition, hit.end(), limit);
            if (slot != null && acceptable(slot, hit.trigger(), true)) {
                return list(slot, PHRASE);
            }
        }
        return Side.NONE;
    }

    /**
     * The subject of the clause of token {@code before}: walking left in the clause, the first actor phrase
     * that is not in a prepositional phrase nor the object of a verb, or a personal pronoun; in a relative clause
     * without one, the phrase before the relative pronoun.
     */
    private Side clauseSubject(int before) {
        int start = syntax.clauses().start(before);
        for (int i = before - 1; i >= start; i--) {
            if (!syntax.clauses().same(i, before)) {
                continue;
            }
            Slot slot = view.slotAt(i);
            if (slot != null) {
                if (slot.isPlace() || isAdjectivalPeople(slot) || syntax.inPrepositionalPhrase(slot)
                        || isObjectOfVerb(slot)) {
                    i = slot.first();
                    continue;
                }
                if (isPrivatePeople(slot)) {
                    return Side.BLOCKED;
                }
                Slot head = appositionHead(slot, before);
                return side(head != null ? head : slot, SUBJECT, true);
            }
            if (isSubjectPronoun(i, before)) {
                return pronoun(i);
            }
        }
        Clauses.Clause clause = syntax.clauses().clauseAt(before);
        if (clause.opener() == Clauses.Opener.RELATIVE || clause.opener() == Clauses.Opener.COMPLEMENT) {
            int i = clause.openerAt() - 1;
            if (i >= 0 && view.lower(i).equals(",")) {
                i--;
            }
            Slot antecedent = view.slotAt(i);
            if (antecedent != null) {
                return side(antecedent, SUBJECT, true);
            }
        }
        return Side.NONE;
    }

    /**
     * "Venezuela, an ally of Ecuador, moved ...", "Venezuela, Ecuador's ally, moved ...": a state named inside an
     * apposition set off by commas before the verb describes the subject; the subject is the state before it.
     */
    private Slot appositionHead(Slot slot, int verb) {
        int after = slot.last() + 1;
        while (after < verb && (syntax.isNounPhraseWord(after) || view.lower(after).equals("of"))) {
            after++;
        }
        if (after >= verb || !view.lower(after).equals(",")) {
            return null;
        }
        int k = slot.first() - 1;
        while (k >= 0 && slot.first() - k <= APPOSITION_WORDS && !view.lower(k).equals(",")) {
            if (!syntax.isNounPhraseWord(k) && !view.lower(k).equals("of")) {
                return null;
            }
            k--;
        }
        if (k < 1 || !view.lower(k).equals(",")) {
            return null;
        }
        Slot head = view.slotAt(k - 1);
        return head != null && head.isActor() && !head.isPlace() && !syntax.inPrepositionalPhrase(head) ? head : null;
    }

    /** "the first Arab country": a people's name used as an adjective says nothing of who acts. */
    private boolean isAdjectivalPeople(Slot slot) {
        return slot.isNonState() && slot.last() + 1 < view.size() && syntax.isNounPhraseWord(slot.last() + 1)
                && !view.token(slot.last() + 1).isCapitalised();
    }

    /** "Pakistani pilgrims travel to Iraq": a state's people, not the state, act. */
    private boolean isPrivatePeople(Slot slot) {
        int next = slot.last() + 1;
        return next < view.size() && syntax.is(next, WordClass.PRIVATE)
                && slot.mentions().stream().allMatch(m -> m.reason().equals("demonym"));
    }

    /** "he", "she", or "it" right before the verb ("it invaded"; a distant "it" is rarely a state). */
    private boolean isSubjectPronoun(int i, int verb) {
        String w = view.lower(i);
        if (syntax.is(i - 1, WordClass.PREP)) {
            return false;
        }
        if (w.equals("he") || w.equals("she")) {
            return true;
        }
        if (w.equals("they") || w.equals("their")) {
            return isSentenceSubject(i) && !antecedents.subjectPair(view.analysed().sentence().index()).isEmpty();
        }
        if (!w.equals("it")) {
            return false;
        }
        for (int j = i + 1; j < verb; j++) {
            if (!syntax.is(j, WordClass.ADVERB) && !syntax.is(j, WordClass.HAVE) && !syntax.is(j, WordClass.BE)
                    && !syntax.is(j, WordClass.NEGATION) && !syntax.is(j, WordClass.MODAL)
                    && !syntax.is(j, WordClass.FUTURE)) {
                return false;
            }
        }
        return true;
    }

    /** "his", "her", "its", "he", "she", "it" at token {@code i}, resolved. */
    private Side pronoun(int i) {
        return pronoun(i, null);
    }

    /**
     * A pronoun resolved: "it"/"its" to the last state named before it in the sentence (not a place after a
     * locative preposition, "in Islamabad"), else by {@link Antecedents}; "he"/"she"/"his"/"her" by
     * {@link Antecedents}. A state equal to {@code notCode} (the event's other side: "Iran recognised its
     * independence" is not about Iran) is passed over.
     */
    private Side pronoun(int i, String notCode) {
        String w = view.lower(i);
        int offset = view.token(i).start();
        int index = view.analysed().sentence().index();
        ActorMention antecedent;
        if (syntax.is(i, WordClass.PERSON)) {
            ActorMention subject = fronted(i);
            antecedent = subject != null ? subject
                    : notCode != null && isObjectPronoun(i) ? antecedents.otherPerson(offset, index, notCode)
                    : antecedents.person(offset, index);
        } else if (syntax.is(i, WordClass.THING)) {
            antecedent = stateBefore(i, notCode);
            if (antecedent == null) {
                antecedent = w.equals("it") && isSentenceSubject(i) ? antecedents.subjectState(offset, index)
                        : antecedents.state(offset, index);
            }
        } else if ((w.equals("their") || w.equals("they")) && isSentenceSubject(i)) {
            return pair(i, antecedents.subjectPair(index));
        } else {
            return w.equals("their") || w.equals("they") ? Side.NONE : null;
        }
        if (antecedent == null || antecedent.code() == null || antecedent.code().equals(notCode)) {
            return Side.NONE;
        }
        ActorRef ref = new ActorRef(view.token(i).text(), antecedent.code(),
                "pronoun for \"" + antecedent.text() + "\"");
        return new Side(List.of(new Party(antecedent.code(), ref, PRONOUN)), false);
    }

    /** "They met ...", "Their ministers met ...": the two states the sentence before opened with, one party each. */
    private Side pair(int i, List<ActorMention> antecedents) {
        List<Party> parties = new ArrayList<>(2);
        for (ActorMention antecedent : antecedents) {
            ActorRef ref = new ActorRef(view.token(i).text(), antecedent.code(),
                    "pronoun for \"" + antecedent.text() + "\"");
            parties.add(new Party(antecedent.code(), ref, PRONOUN));
        }
        return new Side(parties, false);
    }

    /**
     * "During his visit to Warsaw in May, the Lithuanian president discussed ...": a pronoun in a prepositional phrase
     * that opens the sentence refers to the person who is the subject right after the phrase's comma; null when no
     * person stands there.
     */
    private ActorMention fronted(int i) {
        Slot slot = subjectAfterOpeningPhrase(i);
        return slot != null && slot.isPerson() && !slot.mentions().isEmpty() ? slot.mentions().get(0) : null;
    }

    /**
     * The subject right after the comma that closes a prepositional phrase opening the sentence, when token
     * {@code i} stands in that phrase ("After talks with Kristersson in July, Erdogan dropped ..."); null otherwise.
     */
    private Slot subjectAfterOpeningPhrase(int i) {
        if (i == 0 || !syntax.is(0, WordClass.PREP)) {
            return null;
        }
        int comma = -1;
        for (int k = 1; k < view.size() && k <= i + FRONTED_REACH; k++) {
            if (view.lower(k).equals(",")) {
                if (k < i) {
                    return null;
                }
                comma = k;
                break;
            }
        }
        if (comma < 0) {
            return null;
        }
        for (int k = comma + 1; k < view.size() && k <= comma + TITLE_REACH; k++) {
            Slot slot = view.slotAt(k);
            if (slot != null) {
                return slot;
            }
            if (!syntax.isNounPhraseWord(k)) {
                return null;
            }
        }
        return null;
    }

    /** "It ..." or "In October it ...": a pronoun before which its sentence has only a time or adverbs. */
    private boolean isSentenceSubject(int i) {
        for (int j = 0; j < i; j++) {
            if (view.slotAt(j) != null || syntax.isTrigger(j)) {
                return false;
            }
        }
        return syntax.clauses().same(0, i);
    }

    /** "him", "her" (not "her visit"): a pronoun that stands as an object, never the agent of its own clause. */
    private boolean isObjectPronoun(int i) {
        String w = view.lower(i);
        return w.equals("him") || w.equals("her") && (i + 1 >= view.size() || !syntax.isNounPhraseWord(i + 1));
    }

    private ActorMention stateBefore(int i, String notCode) {
        for (int j = i - 1; j >= 0; j--) {
            Slot slot = view.slotAt(j);
            if (slot == null) {
                continue;
            }
            j = slot.first();
            boolean locative = slot.mentions().stream().anyMatch(m -> m.reason().equals("capital")
                    || m.reason().equals("city")) && j > 0 && syntax.is(j - 1, WordClass.PREP);
            if (slot.isActor() && !locative && !slot.codes().contains(notCode) && slot.codes().size() == 1) {
                return slot.mentions().get(0);
            }
        }
        return null;
    }

    private Side nearestBefore(int before) {
        for (int i = before - 1; i >= 0 && syntax.clauses().same(i, before); i--) {
            Slot slot = view.slotAt(i);
            if (slot != null && slot.isActor()) {
                return new Side(parties(slot, NEAREST), false);
            }
        }
        return Side.NONE;
    }

    /** The verb before this one that it is coordinated with ("visited Iraq and met ..."), or null. */
    Hit coordinatedVerbBefore(Hit hit) {
        if (!hit.isVerb()) {
            return null;
        }
        int i = hit.start() - 1;
        while (i >= 0 && (syntax.is(i, WordClass.ADVERB) || syntax.is(i, WordClass.HAVE))) {
            i--;
        }
        if (i < 0 || !(view.lower(i).equals("and") || view.lower(i).equals(",") || view.lower(i).equals("or"))) {
            return null;
        }
        Hit previous = null;
        for (Hit other : hits) {
            if (other.isVerb() && other.end() <= i && syntax.clauses().same(other.start(), hit.start())) {
                previous = other;
            }
        }
        return previous == null || syntax.isReducedRelative(previous) ? null : previous;
    }

    private boolean isObjectOfVerb(Slot slot) {
        for (Hit other : hits) {
            if (other.isVerb() && other.end() <= slot.first() && syntax.objectAfter(other.end()) == slot) {
                return true;
            }
        }
        return false;
    }

    private boolean isAttributiveVisit(Hit hit) {
        return hit.isVerb() && view.lower(hit.start()).equals("visiting") && hit.start() > 0
                && (syntax.is(hit.start() - 1, WordClass.PREP) || syntax.is(hit.start() - 1, WordClass.DET))
                && view.slotAt(hit.end()) != null && view.slotAt(hit.end()).isActor();
    }

    // ---- targets

    private Side targets(Hit hit) {
        return targets(hit, true);
    }

    /**
     * The target of a trigger: its object or the phrase of one of its prepositions, then (for a noun) its 'of'
     * phrase, an envoy's state, or a state in its content.
     *
     * @param withObject whether a direct object counts (not for a passive verb, whose object is its subject)
     */
    private Side targets(Hit hit, boolean withObject) {
        Trigger trigger = hit.trigger();
        if (!hit.isVerb() && isInSupportOf(hit, hit.end() < view.size() && view.lower(hit.end()).equals("of"))) {
            Slot supported = syntax.nounPhraseSlot(hit.end() + 1, view.size());
            return supported == null ? Side.NONE : list(supported, PHRASE);
        }
        boolean content = trigger.has(Trigger.Flag.CONTENT);
        int limit = content ? syntax.clauses().end(hit.start()) : hit.isVerb() ? verbLimit(hit) : nounLimit(hit);
        if (withObject && hit.isVerb() && trigger.has(Trigger.Flag.OBJECTCUE)) {
            Side actOwner = ownerOfTheActInTheObject(hit, limit);
            if (actOwner != null) {
                return actOwner;
            }
        }
        boolean nonStateObject = false;
        for (String where : trigger.targets()) {
            Slot slot;
            if (where.equals(Trigger.OBJECT)) {
                if (!withObject || !hit.isVerb()) {
                    continue;
                }
                slot = syntax.objectAfter(hit.end());
                if (slot == null) {
                    Side possessive = possessiveObject(hit);
                    if (possessive != null) {
                        return possessive;
                    }
                }
            } else {
                slot = syntax.prepositionalObject(where, hit.end(), limit);
            }
            if (slot != null && slot.isNonState()) {
                if (isForce(trigger) && where.equals(Trigger.OBJECT)) {
                    nonStateObject = true;
                    continue;
                }
                return Side.BLOCKED;
            }
            if (slot != null && acceptable(slot, trigger, false)) {
                double certainty = where.equals(Trigger.OBJECT) ? OBJECT : PHRASE;
                return targetList(hit, slot, trigger, certainty);
            }
        }
        if (nonStateObject) {
            return Side.BLOCKED;
        }
        if (!hit.isVerb() && (trigger.of() == Trigger.Of.TARGET || isOfPhraseAfterOwner(hit))
                && hit.end() < view.size() && view.lower(hit.end()).equals("of")) {
            Slot slot = syntax.nounPhraseSlot(hit.end() + 1, limit);
            if (slot != null && acceptable(slot, trigger, false)) {
                return targetList(hit, slot, trigger, PHRASE);
            }
            if (slot == null && hit.end() + 1 < view.size() && syntax.is(hit.end() + 1, WordClass.THING)
                    && syntax.is(hit.end() + 1, WordClass.DET)) {
                return pronoun(hit.end() + 1, agentCode(hit));
            }
        }
        if (trigger.has(Trigger.Flag.ENVOY)) {
            Side owner = envoyOwner(hit, limit);
            return isOwnEnvoyRecalled(hit, owner) ? Side.NONE : owner;
        }
        if (content) {
            return firstActorAfter(hit, limit);
        }
        if (hit.isVerb() && withObject && trigger.targets().contains(Trigger.OBJECT)) {
            return sharedObject(hit);
        }
        if (!hit.isVerb() && trigger.has(Trigger.Flag.BENEFICIARY)) {
            return ownerBeforeInstrument(hit);
        }
        return Side.NONE;
    }

    /**
     * "Turkey called off a planned visit by Sweden's defence minister", "Ankara postponed Rutte's visit": a verb whose
     * object is another act (a noun trigger heading it) is aimed at that act's agent, named by a possessive or a 'by'
     * phrase; null when the object is no such act or its agent is not named.
     */
    private Side ownerOfTheActInTheObject(Hit hit, int limit) {
        for (Hit noun : hits) {
            if (noun.isVerb() || noun.start() < hit.end() || noun.start() - hit.end() > OBJECT_ACT_WORDS) {
                continue;
            }
            for (int i = hit.end(); i < noun.start(); i++) {
                if (!syntax.isNounPhraseWord(i) && view.slotAt(i) == null) {
                    return null;
                }
            }
            Side owner = possessorOrModifier(noun);
            if (owner == null || owner.parties().isEmpty()) {
                Slot by = syntax.prepositionalObject("by", noun.end(), limit);
                owner = by == null || !by.isActor() ? null : list(by, PHRASE);
            }
            String agent = agentCode(hit);
            boolean own = owner != null && owner.parties().stream().allMatch(p -> p.code().equals(agent));
            return owner == null || owner.parties().isEmpty() || own ? null : owner; // "suspended its cooperation"
        }
        return null;
    }

    /**
     * "the expansion of Kenya's port through investment by Japan", "Ghana's railway with investment from Korea": a
     * noun in an instrument phrase serves the state that owns the noun phrase the phrase follows.
     */
    private Side ownerBeforeInstrument(Hit hit) {
        int i = hit.start() - 1;
        while (i >= 0 && hit.start() - i <= 3 && syntax.isNounPhraseWord(i) && !syntax.is(i, WordClass.PREP)) {
            i--;
        }
        if (i < 1 || !INSTRUMENT_PREPOSITIONS.contains(view.lower(i))) {
            return Side.NONE;
        }
        for (int j = i - 1; j >= 0 && i - j <= INSTRUMENT_REACH; j--) {
            Slot slot = view.slotAt(j);
            if (slot != null) {
                return acceptable(slot, hit.trigger(), false) ? targetList(hit, slot, hit.trigger(), PHRASE) : Side.NONE;
            }
            boolean clitic = view.token(j).type() == org.entente.extraction.text.Token.Type.CLITIC;
            boolean name = view.token(j).isWord() && view.token(j).isCapitalised();
            if (!clitic && !name && !view.lower(j).equals("of") && !syntax.isNounPhraseWord(j)) {
                return Side.NONE;
            }
        }
        return Side.NONE;
    }

    /**
     * "Germany's backing of Ukraine", "its support of the Kurds": a noun whose 'of' phrase would name its agent
     * already has one in its owner, so the 'of' phrase names the other side.
     */
    private boolean isOfPhraseAfterOwner(Hit hit) {
        if (hit.trigger().of() != Trigger.Of.AGENT) {
            return false;
        }
        Side owner = possessorOrModifier(hit);
        return owner != null && !owner.parties().isEmpty();
    }

    /**
     * "recognised its independence", "accusing it of": an object that is a pronoun, or whose possessive pronoun
     * names the state. The "it" a denial answers is the accusation, not a state ("the Kremlin denied it").
     */
    private Side possessiveObject(Hit hit) {
        int i = hit.end();
        boolean objectPronoun = i < view.size() && (view.lower(i).equals("it") || view.lower(i).equals("him")
                || view.lower(i).equals("her"));
        boolean possessive = i < view.size() && syntax.is(i, WordClass.DET) && (syntax.is(i, WordClass.THING)
                || syntax.is(i, WordClass.PERSON));
        if (objectPronoun && hit.trigger().has(Trigger.Flag.ACCUSATION)) {
            return null;
        }
        if ((objectPronoun || possessive) && syntax.clauses().same(hit.start(), i)) {
            Side side = pronoun(i, agentCode(hit));
            return side == null || side.parties().isEmpty() ? null : side;
        }
        return null;
    }

    private String agentCode(Hit hit) {
        List<Party> agents = agentsByHit.get(hit);
        return agents == null || agents.isEmpty() ? null : agents.get(0).code();
    }

    /** "expelled and declared persona non grata the ambassador": a verb's object after the verb it is joined to. */
    private Side sharedObject(Hit hit) {
        if (hit.end() + 1 >= view.size() || !view.lower(hit.end()).equals("and")) {
            return Side.NONE;
        }
        for (Hit next : hits) {
            if (next.start() == hit.end() + 1 && next.isVerb()) {
                return targets(next);
            }
        }
        return Side.NONE;
    }

    /** "the expulsion of its ambassador": the state an envoy phrase's possessive pronoun stands for. */
    private Side envoyOwner(Hit hit, int limit) {
        for (int i = hit.end(); i < Math.min(limit, hit.end() + 4); i++) {
            if (syntax.is(i, WordClass.THING) && syntax.is(i, WordClass.DET) && i + 1 < view.size()
                    && syntax.words().match(view.lower(), i + 1, WordClass.ENVOY) > 0) {
                return pronoun(i);
            }
        }
        return Side.NONE;
    }

    /**
     * The first state in a trigger's content, before a comma ends it ("agreed to the declaration, brokered by"); a
     * demand's content may be its complement clause ("demanded that Armenia withdraw").
     */
    private Side firstActorAfter(Hit hit, int limit) {
        int clauseToken = hit.start();
        if (hit.isVerb() && hit.trigger().code() != null && hit.trigger().code().startsWith("10")
                && hit.end() + 1 < view.size() && view.lower(hit.end()).equals("that")) {
            clauseToken = hit.end() + 1;
            limit = syntax.clauses().end(clauseToken);
        }
        for (int i = hit.end(); i < limit && !view.lower(i).equals(","); i++) {
            Slot slot = view.slotAt(i);
            if (slot != null && syntax.clauses().same(clauseToken, i)) {
                if (isAgentOfAParticiple(slot)) {
                    i = slot.last();
                    continue;
                }
                if (slot.isNonState()) {
                    return Side.BLOCKED;
                }
                if (slot.isActor()) {
                    return list(slot, PHRASE);
                }
            }
        }
        return Side.NONE;
    }

    /**
     * "Sudan recalled its ambassador": a state recalling its own envoy acts on the state the envoy leaves, not on
     * itself, so the envoy's state is no target.
     */
    private boolean isOwnEnvoyRecalled(Hit hit, Side owner) {
        List<Party> agents = agentsByHit.get(hit);
        return hit.trigger().lemma().equals("recall") && agents != null && !agents.isEmpty()
                && !owner.parties().isEmpty()
                && owner.parties().stream().allMatch(p -> agents.stream().anyMatch(a -> a.code().equals(p.code())));
    }

    /**
     * An act of force ("bombed a rebel camp inside Ecuador", "struck militant hideouts in Syria"): its object may be a
     * group, and then the state whose territory the act reached (a later target phrase) is its target.
     */
    private static boolean isForce(Trigger trigger) {
        return trigger.code() != null && trigger.code().startsWith("19");
    }

    /**
     * "a deal brokered by the EU", "an EU-brokered deal", "a plan drafted by France": a state in an act's content
     * that did something to it (the agent of a participle) is not the one the act is aimed at.
     */
    private boolean isAgentOfAParticiple(Slot slot) {
        int before = slot.first() - 1;
        while (before >= 0 && syntax.is(before, WordClass.DET)) {
            before--;
        }
        boolean byPhrase = before >= 1 && view.lower(before).equals("by") && view.lower(before - 1).endsWith("ed");
        String last = view.lower(slot.last());
        int dash = last.lastIndexOf('-');
        boolean compound = dash > 0 && dash < last.length() - 1 && last.endsWith("ed");
        return byPhrase || compound;
    }

    private Side targetList(Hit hit, Slot slot, Trigger trigger, double certainty) {
        if (trigger.has(Trigger.Flag.ENVOY) && !envoyNear(hit, slot)) {
            return Side.NONE;
        }
        List<Party> parties = new ArrayList<>();
        for (Slot member : syntax.listFrom(slot)) {
            if (acceptable(member, trigger, false)) {
                parties.addAll(parties(member, member == slot ? certainty : certainty * COORDINATED));
            }
        }
        return new Side(parties, false);
    }

    /** An envoy word in or next to the target's phrase, or between the trigger and it ("recalled its ambassador from"). */
    private boolean envoyNear(Hit hit, Slot slot) {
        int from = Math.min(hit.end(), slot.first() - 1);
        for (int i = Math.max(0, from); i <= Math.min(view.size() - 1, slot.last() + 1); i++) {
            if (syntax.words().match(view.lower(), i, WordClass.ENVOY) > 0) {
                return true;
            }
        }
        return false;
    }

    private boolean acceptable(Slot slot, Trigger trigger, boolean agent) {
        if (slot.isNonState()) {
            return false;
        }
        if (slot.isPlace()) {
            return !agent && trigger.has(Trigger.Flag.PLACE);
        }
        if (!slot.isActor()) {
            return false;
        }
        return agent || !trigger.has(Trigger.Flag.PERSON) || slot.isPerson();
    }

    /**
     * Where a verb's phrases end: the next verb trigger of the sentence, passing over a participle that describes
     * a noun of the verb's own object ("handed 29 prisoners accused of trafficking over to the United States").
     */
    private int verbLimit(Hit hit) {
        for (Hit other : hits) {
            if (other.start() >= hit.end() && other.isVerb() && !isPostnominalParticiple(other)) {
                return other.start();
            }
        }
        return view.size();
    }

    /** "prisoners accused of", "suspects wanted in": a past participle right after a common noun, before a preposition. */
    private boolean isPostnominalParticiple(Hit hit) {
        int before = hit.start() - 1;
        String form = view.lower(hit.start());
        return hit.end() - hit.start() == 1 && (form.endsWith("ed") || syntax.is(hit.start(), WordClass.PARTICIPLE))
                && before >= 0 && view.slotAt(before) == null && view.token(before).isWord()
                && !view.token(before).isCapitalised() && syntax.isNounPhraseWord(before)
                && !syntax.is(before, WordClass.DET) && !syntax.isFunctionWord(before)
                && hit.end() < view.size() && syntax.is(hit.end(), WordClass.PREP);
    }

    /** Where a noun's phrases end: the end of its noun phrase, or the next trigger of the sentence. */
    private int nounLimit(Hit hit) {
        return Math.min(syntax.nounPhraseEnd(hit), nextHitStart(hit));
    }

    private int nextHitStart(Hit hit) {
        for (Hit other : hits) {
            if (other.start() >= hit.end()) {
                return other.start();
            }
        }
        return view.size();
    }

    private boolean nounInPrepositionalPhrase(Hit hit) {
        int i = hit.start() - 1;
        int steps = 0;
        while (i >= 0 && steps < 8 && (syntax.isNounPhraseWord(i) || view.slotAt(i) != null)
                && !syntax.is(i, WordClass.PREP)) {
            i = view.slotAt(i) != null ? view.slotAt(i).first() - 1 : i - 1;
            steps++;
        }
        return i >= 0 && syntax.is(i, WordClass.PREP);
    }

    // ---- parties

    /** A side from an actor phrase with its coordinated phrases before it; blocked when it is a non-state one. */
    private Side side(Slot slot, double certainty, boolean withList) {
        if (slot == null) {
            return Side.NONE;
        }
        if (slot.isNonState()) {
            return Side.BLOCKED;
        }
        if (!slot.isActor()) {
            return Side.NONE;
        }
        List<Slot> slots = withList ? syntax.listTo(slot) : List.of(slot);
        List<Party> parties = new ArrayList<>();
        if (withList) {
            parties.addAll(coordinatedPronoun(slots.get(0).first()));
        }
        for (Slot member : slots) {
            if (member.isActor()) {
                parties.addAll(parties(member, member == slot ? certainty : certainty * COORDINATED));
            }
        }
        return new Side(parties, false);
    }

    /**
     * "where he and Biya agreed to ...": a 'he' or 'she' joined by 'and' to the first member of a subject list is a
     * member too, the person it refers to; none otherwise.
     */
    private List<Party> coordinatedPronoun(int first) {
        int and = first - 1;
        while (and >= 0 && first - and <= TITLE_REACH && view.token(and).isCapitalised()) {
            and--; // "he and President Samia Suluhu Hassan": the title before the name
        }
        if (and < 1 || !view.lower(and).equals("and")) {
            return List.of();
        }
        String pronoun = view.lower(and - 1);
        return pronoun.equals("he") || pronoun.equals("she") ? pronoun(and - 1).parties() : List.of();
    }

    private Side list(Slot slot, double certainty) {
        if (slot.isNonState()) {
            return Side.BLOCKED;
        }
        List<Party> parties = new ArrayList<>();
        for (Slot member : syntax.listFrom(slot)) {
            if (member.isActor()) {
                parties.addAll(parties(member, member == slot ? certainty : certainty * COORDINATED));
            }
        }
        return new Side(parties, false);
    }

    private List<Party> parties(Slot slot, double certainty) {
        if (slot.isPair()) {
            List<ActorMention> named = antecedents.namedPair(view.analysed().sentence().index(),
                    view.token(slot.first()).start());
            if (!named.isEmpty()) {
                return namedPair(slot, named, certainty);
            }
        }
        List<Party> parties = new ArrayList<>(2);
        List<String> seen = new ArrayList<>(2);
        for (ActorMention mention : slot.mentions()) {
            if (mention.code() != null && !seen.contains(mention.code())) {
                seen.add(mention.code());
                parties.add(new Party(mention.code(), mention.toActorRef(), certainty));
            }
        }
        return parties;
    }

    /**
     * "Kishida raised the matter with Premier Li when the two met in Seoul": a phrase for a pair refers to the two
     * states just named, when they are not the document's pair.
     */
    private static List<Party> namedPair(Slot slot, List<ActorMention> named, double certainty) {
        String text = slot.mentions().get(0).text();
        List<Party> parties = new ArrayList<>(2);
        for (ActorMention mention : named) {
            ActorRef ref = new ActorRef(text, mention.code(), "the two named before: \"" + mention.text() + "\"");
            parties.add(new Party(mention.code(), ref, certainty));
        }
        return parties;
    }

    private static List<Party> scaled(List<Party> parties, double factor) {
        return parties.stream().map(p -> new Party(p.code(), p.ref(), p.certainty() * factor)).toList();
    }
}
