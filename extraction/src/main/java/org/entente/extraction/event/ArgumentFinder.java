package org.entente.extraction.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
     */
    record Roles(List<Party> agents, List<Party> targets, boolean blocked) {
    }

    private static final double SUBJECT = 1.0;
    private static final double OBJECT = 1.0;
    private static final double PHRASE = 0.95;
    private static final double COORDINATED = 0.9;
    private static final double LIGHT_VERB = 0.85;
    private static final double PRONOUN = 0.8;
    private static final double NEAREST = 0.7;
    private static final int MODIFIER_WORDS = 3;

    private final Syntax syntax;
    private final SentenceView view;
    private final List<Hit> hits;
    private final Antecedents antecedents;
    private final Map<Hit, List<Party>> agentsByHit = new HashMap<>();

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
        if (isAttributiveVisit(hit)) {
            agents = side(view.slotAt(hit.end()), PHRASE, true);
            targets = clauseSubject(hit.start());
        } else if (hit.isVerb() && syntax.isPassive(hit)) {
            Side subject = clauseSubject(hit.start());
            if (hit.trigger().passive().contains(Trigger.SUBJECT)) {
                agents = subject;
                targets = targets(hit);
            } else {
                agents = passiveAgent(hit);
                targets = subject;
            }
        } else {
            agents = hit.isVerb() ? verbAgents(hit) : nounAgents(hit);
            targets = targets(hit);
        }
        agentsByHit.put(hit, agents.parties());
        return new Roles(agents.parties(), targets.parties(), agents.blocked() || targets.blocked());
    }

    /** One side as found: the parties, or blocked by a non-state actor in its place. */
    private record Side(List<Party> parties, boolean blocked) {
        static final Side NONE = new Side(List.of(), false);
        static final Side BLOCKED = new Side(List.of(), true);
    }

    // ---- agents

    private Side verbAgents(Hit hit) {
        Hit coordinated = coordinatedVerbBefore(hit);
        if (coordinated != null && agentsByHit.containsKey(coordinated)) {
            return new Side(scaled(agentsByHit.get(coordinated), COORDINATED), false);
        }
        return clauseSubject(hit.start());
    }

    private Side nounAgents(Hit hit) {
        Side owner = possessorOrModifier(hit);
        if (owner != null) {
            return owner;
        }
        int after = hit.end();
        if (hit.trigger().of() == Trigger.Of.AGENT && after < view.size() && view.lower(after).equals("of")) {
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
        if (!nounInPrepositionalPhrase(hit)) {
            Side subject = clauseSubject(hit.start());
            return new Side(scaled(subject.parties(), LIGHT_VERB), subject.blocked());
        }
        if (hit.trigger().has(Trigger.Flag.NEAREST)) {
            return nearestBefore(hit.start());
        }
        return Side.NONE;
    }

    /** "Iraq's support", "the Iraqi invasion", "his visit", "the Iran-Iraq war". */
    private Side possessorOrModifier(Hit hit) {
        int i = hit.start() - 1;
        int words = 0;
        while (i >= 0 && words < MODIFIER_WORDS && syntax.isNounPhraseWord(i) && !syntax.is(i, WordClass.DET)
                && view.token(i).type() != org.entente.extraction.text.Token.Type.CLITIC) {
            i--;
            words++;
        }
        if (i < 0) {
            return null;
        }
        if (view.token(i).type() == org.entente.extraction.text.Token.Type.CLITIC && view.slotAt(i - 1) != null) {
            return side(view.slotAt(i - 1), PHRASE, true);
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
                if (slot.isPlace() || syntax.inPrepositionalPhrase(slot) || isObjectOfVerb(slot)) {
                    i = slot.first();
                    continue;
                }
                return side(slot, SUBJECT, true);
            }
            if (isSubjectPronoun(i)) {
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

    private boolean isSubjectPronoun(int i) {
        String w = view.lower(i);
        return (w.equals("he") || w.equals("she") || w.equals("it")) && !syntax.is(i - 1, WordClass.PREP);
    }

    /** "his", "her", "its", "he", "she", "it" at token {@code i}, resolved. */
    private Side pronoun(int i) {
        String w = view.lower(i);
        int offset = view.token(i).start();
        int index = view.analysed().sentence().index();
        ActorMention antecedent;
        if (syntax.is(i, WordClass.PERSON)) {
            antecedent = antecedents.person(offset, index);
        } else if (syntax.is(i, WordClass.THING)) {
            antecedent = antecedents.state(offset, index);
        } else {
            return w.equals("their") || w.equals("they") ? Side.NONE : null;
        }
        if (antecedent == null) {
            return Side.NONE;
        }
        ActorRef ref = new ActorRef(view.token(i).text(), antecedent.code(),
                "pronoun for \"" + antecedent.text() + "\"");
        return new Side(List.of(new Party(antecedent.code(), ref, PRONOUN)), false);
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
    private Hit coordinatedVerbBefore(Hit hit) {
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
        return previous;
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
        Trigger trigger = hit.trigger();
        int limit = hit.isVerb() ? verbLimit(hit) : nounLimit(hit);
        for (String where : trigger.targets()) {
            Slot slot;
            if (where.equals(Trigger.OBJECT)) {
                slot = hit.isVerb() ? syntax.objectAfter(hit.end()) : null;
            } else {
                slot = syntax.prepositionalObject(where, hit.end(), limit);
            }
            if (slot != null && slot.isNonState()) {
                return Side.BLOCKED;
            }
            if (slot != null && acceptable(slot, trigger, false)) {
                double certainty = where.equals(Trigger.OBJECT) ? OBJECT : PHRASE;
                return targetList(slot, trigger, certainty);
            }
        }
        if (!hit.isVerb() && trigger.of() == Trigger.Of.TARGET && hit.end() < view.size()
                && view.lower(hit.end()).equals("of")) {
            Slot slot = syntax.nounPhraseSlot(hit.end() + 1, limit);
            if (slot != null && acceptable(slot, trigger, false)) {
                return targetList(slot, trigger, PHRASE);
            }
        }
        if (trigger.has(Trigger.Flag.ENVOY)) {
            return envoyOwner(hit, limit);
        }
        if (trigger.has(Trigger.Flag.CONTENT)) {
            return firstActorAfter(hit, limit);
        }
        if (hit.isVerb() && trigger.targets().contains(Trigger.OBJECT)) {
            return sharedObject(hit);
        }
        return Side.NONE;
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

    private Side firstActorAfter(Hit hit, int limit) {
        for (int i = hit.end(); i < limit; i++) {
            Slot slot = view.slotAt(i);
            if (slot != null && syntax.clauses().same(hit.start(), i)) {
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

    private Side targetList(Slot slot, Trigger trigger, double certainty) {
        if (trigger.has(Trigger.Flag.ENVOY) && !envoyNear(slot)) {
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

    private boolean envoyNear(Slot slot) {
        for (int i = Math.max(0, slot.first() - 1); i <= Math.min(view.size() - 1, slot.last() + 1); i++) {
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

    /** Where a verb's phrases end: the next verb trigger of the sentence. */
    private int verbLimit(Hit hit) {
        for (Hit other : hits) {
            if (other.start() >= hit.end() && other.isVerb()) {
                return other.start();
            }
        }
        return view.size();
    }

    /** Where a noun's phrases end: the next trigger of the sentence. */
    private int nounLimit(Hit hit) {
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
        for (Slot member : slots) {
            if (member.isActor()) {
                parties.addAll(parties(member, member == slot ? certainty : certainty * COORDINATED));
            }
        }
        return new Side(parties, false);
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

    private static List<Party> parties(Slot slot, double certainty) {
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

    private static List<Party> scaled(List<Party> parties, double factor) {
        return parties.stream().map(p -> new Party(p.code(), p.ref(), p.certainty() * factor)).toList();
    }
}
