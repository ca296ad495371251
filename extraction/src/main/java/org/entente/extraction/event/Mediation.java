package org.entente.extraction.event;

import java.util.ArrayList;
import java.util.List;

/**
 * A third state that mediates or hosts the dealings of two others (CAMEO 045, one event for each mediated party).
 *
 * <ul>
 *   <li>A mediation that names the act it mediated rather than its parties ("the two sides signed a truce,
 *       brokered by Qatar", "agreed to a ceasefire under Russian mediation", "mediated by Norway") acts on the
 *       parties of that act: the nearest other act of the sentence with two sides, the one before it first.</li>
 *   <li>A host whose object is a meeting or talks between others ("Oman hosted three rounds of talks between
 *       Iranian and American envoys") mediates between them; the meeting itself stays the parties' own
 *       event.</li>
 * </ul>
 */
final class Mediation {

    static final String MEDIATE = "045";
    private static final String HOST = "043";
    private static final int OBJECT_WORDS = 6;

    private Mediation() {
    }

    /** Whether a trigger states a mediation. */
    static boolean mediates(Hit hit) {
        return MEDIATE.equals(hit.trigger().code());
    }

    /**
     * Whether the mediated parties must come from the act the mediation is about: the trigger found no target
     * of its own, or its target is only the subject of a passive ("a truce, brokered by Qatar").
     */
    static boolean needsMediatedAct(Syntax syntax, Hit hit, ArgumentFinder.Roles roles) {
        return mediates(hit) && !roles.agents().isEmpty()
                && (roles.targets().isEmpty() || hit.isVerb() && syntax.isPassive(hit));
    }

    /**
     * The parties of the act a mediation is about: the sides of the nearest act of the sentence with at least
     * two states other than the mediators, preferring one before the mediation; empty when there is none.
     *
     * @param acts the sentence's acts, each as its trigger and the sides of its pairs
     */
    static List<Party> partiesOfMediatedAct(Hit mediation, List<Party> mediators, List<Act> acts) {
        Act act = mediatedAct(mediation, mediators, acts);
        return act == null ? List.of() : distinctOthers(act.sides(), mediators);
    }

    /**
     * The act a mediation is about: the nearest act of the sentence with at least two states other than the
     * mediators, preferring one before the mediation; null when there is none. The mediation took place when that
     * act did ("signed earlier that month under Russian mediation").
     */
    static Act mediatedAct(Hit mediation, List<Party> mediators, List<Act> acts) {
        Act best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Act act : acts) {
            if (act.hit() == mediation || mediates(act.hit())) {
                continue;
            }
            List<Party> parties = distinctOthers(act.sides(), mediators);
            if (parties.size() < 2) {
                continue;
            }
            boolean before = act.hit().start() < mediation.start();
            int distance = before ? mediation.start() - act.hit().end() : 1000 + act.hit().start() - mediation.end();
            if (distance < bestDistance) {
                bestDistance = distance;
                best = act;
            }
        }
        return best;
    }

    /**
     * "hosted five rounds of talks between A and B", "hosts a summit of": the meeting noun that heads a host
     * verb's object, or null when the verb hosts someone or something else.
     */
    static Hit hostedMeeting(Syntax syntax, Hit host, List<Hit> hits) {
        if (!host.isVerb() || !HOST.equals(host.trigger().code())) {
            return null;
        }
        int limit = Math.min(syntax.view().size(), host.end() + OBJECT_WORDS);
        for (int i = host.end(); i < limit; i++) {
            for (Hit other : hits) {
                if (other.start() == i && !other.isVerb() && other.trigger().code() != null
                        && other.trigger().code().startsWith("04")) {
                    return other;
                }
            }
            boolean inObject = syntax.isNounPhraseWord(i) || syntax.view().lower(i).equals("of")
                    || syntax.view().token(i).isNumber();
            if (!inObject || syntax.view().slotAt(i) != null || syntax.isTrigger(i)) {
                return null;
            }
        }
        return null;
    }

    /** The states of a hosted meeting other than the hosts, when it has two. */
    static List<Party> meetingParties(ArgumentFinder.Roles meeting, List<Party> hosts) {
        List<Party> sides = new ArrayList<>(meeting.agents());
        sides.addAll(meeting.targets());
        if (sides.isEmpty()) {
            sides.addAll(meeting.implied());
        }
        List<Party> parties = distinctOthers(sides, hosts);
        return parties.size() >= 2 ? parties : List.of();
    }

    private static List<Party> distinctOthers(List<Party> sides, List<Party> excluded) {
        List<Party> parties = new ArrayList<>();
        for (Party side : sides) {
            boolean seen = excluded.stream().anyMatch(p -> p.code().equals(side.code()))
                    || parties.stream().anyMatch(p -> p.code().equals(side.code()));
            if (!seen) {
                parties.add(side);
            }
        }
        return parties;
    }

    /** One act of a sentence: its trigger and the sides of its coded pairs, in order. */
    record Act(Hit hit, List<Party> sides) {
    }
}
