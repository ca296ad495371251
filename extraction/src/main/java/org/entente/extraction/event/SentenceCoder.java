package org.entente.extraction.event;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.extraction.ActorRef;
import org.entente.extraction.Evidence;
import org.entente.extraction.FuzzyDate;
import org.entente.extraction.actor.ActorMention;
import org.entente.extraction.actor.DocumentActors;
import org.entente.extraction.analysis.AnalysedSentence;

/**
 * Codes the triggers of one sentence into {@link Candidate}s: reads each trigger's mood, sides, code and date, and
 * pairs the sides.
 *
 * <ul>
 *   <li>Pairs: every agent with every target. A joint act ("A and B signed", "the two countries held talks")
 *       without a separate target is one event for each pair of its agents, the first named as source; another
 *       act of several agents without a target ("both sides lifted their tariffs") is one event each way. A
 *       mutual act (a trigger flagged so, or "each other", "tit-for-tat", "exchanged", "mutual" in the clause) is
 *       one event each way.</li>
 *   <li>Implicit sides, the only ones the coder supplies: a conflict act without a target shares the target of
 *       the act of the same root before it in the sentence ("broke off relations with Iran, and the UAE downgraded
 *       its ties"); an act of force with none aims at the other state of the main pair ({@link ImpliedOpponent});
 *       a denial without a target answers the latest accusation against the denier; an act on a state's envoy or
 *       embassy (expulsion, summoning, raid) whose agent is not named (nor a crowd: "protesters stormed") is the
 *       other state of the document's main pair (the host); a visit by one state of the main pair without a
 *       destination is to the other, and so is a protest, a declared ceasefire, or a condemnation or rejection
 *       of a definite thing ("condemned the decree"), without a state as its target.</li>
 *   <li>Verbal conflict and intents: a condemnation or rejection of an agreement of other states is aimed at each
 *       of its parties ({@link AgreementObject}), dated by the agreement's year when undated, and a reaction to a
 *       definite thing ("condemned the move") by the act told earlier in the sentence; a reported demand or veiled
 *       threat comes from the state that says it ({@link ReportedDemand}); a threat, an announced retaliation or a
 *       veiled threat without a target threatens the other state of the pair; a verbal-conflict participle after a
 *       comma (", blaming Ethiopia") is the sentence subject's; talks or meetings to come told without sides are
 *       the pair's intent (036).</li>
 *   <li>Codes: the trigger's code, replaced by what its refinement cues give; an intent gets the trigger's intent
 *       code. A noun trigger that another trigger took as its cue is that trigger's ("announced a visit",
 *       "suspended talks"). A meeting in the target's own capital is also a visit.</li>
 *   <li>Confidence: the trigger's weight × the least certain side × the date's certainty (× 0.9 for an
 *       intent).</li>
 * </ul>
 */
final class SentenceCoder {

    private static final int QUOTE_LIMIT = 199;
    private static final int QUOTE_BEFORE = 12;
    private static final int QUOTE_AFTER = 16;
    private static final double IMPLICIT = 0.6;
    private static final double OWNER = 0.8;
    private static final double PHRASE_CERTAINTY = 0.9;
    private static final int COMPANION_REACH = 6;
    private static final Set<String> DEFINITE = Set.of("the", "this", "these", "that", "those", "its", "their",
            "his", "her");
    private static final double INTENT_FACTOR = 0.9;
    private static final double AGREEMENT_YEAR_CERTAINTY = 0.7;
    private static final double REACTION_CERTAINTY = 0.8;
    /** How sure an agreement named without parties is the one signed last. */
    private static final double ANAPHOR_CERTAINTY = 0.8;
    private static final int OBJECT_WORDS = 6;
    private static final int SUBJECT_WORDS = 3;

    private final CameoTable cameo;
    private final Refinements refinements;
    private final EventDating dating;
    private final Accusations accusations;
    /** The two sides of the last signing the article told (a 057 fact), for "criticised the agreement" after it. */
    private List<Party> lastSigning = List.of();
    private final DocumentActors documentActors;
    /** The targets of this sentence's conflict acts so far, by CAMEO root: what a later act may share. */
    private final Map<String, List<Party>> targetsByRoot = new java.util.HashMap<>();

    SentenceCoder(CameoTable cameo, Refinements refinements, EventDating dating, Accusations accusations,
                  DocumentActors documentActors) {
        this.cameo = cameo;
        this.refinements = refinements;
        this.dating = dating;
        this.accusations = accusations;
        this.documentActors = documentActors;
    }

    /** A trigger that makes events: its mood, the coded pairs of sides, and the cue words it took. */
    private record Coded(Hit hit, Mood mood, List<CodedPair> pairs, List<int[]> cues) {

        boolean intent() {
            return mood == Mood.INTENT || pairs.stream().allMatch(p -> p.code().startsWith("03"));
        }
    }

    private record CodedPair(String code, Party source, Party target, boolean mutual) {
    }

    /** At most this many words (determiner, numbers, adjectives) between a verb and the head of its object. */
    private static final int OBJECT_MODIFIERS = 4;

    List<Candidate> code(Syntax syntax, List<Hit> hits, ArgumentFinder finder) {
        targetsByRoot.clear();
        Modality modality = new Modality(syntax, hits);
        List<Coded> found = new ArrayList<>();
        List<Pending> mediations = new ArrayList<>();
        List<Pending> purposes = new ArrayList<>();
        Map<Hit, Hit> datedByOtherAct = new IdentityHashMap<>();
        for (Hit hit : hits) {
            ArgumentFinder.Roles roles = hit.trigger().has(Trigger.Flag.REPORTED) ? ReportedDemand.roles(syntax, hit)
                    : finder.roles(hit);
            if (roles == null || isParticipleOfTheNounBefore(syntax, hit)) {
                continue;
            }
            Mood mood = modality.of(hit);
            if (mood == Mood.NONE || roles.blocked() || NonStateFight.isWagedOnNonStateForce(syntax, hit)) {
                continue;
            }
            Refinements.Refined refined = codes(syntax, hit, hits, mood);
            Hit meeting = roles.targets().isEmpty() ? Mediation.hostedMeeting(syntax, hit, hits) : null;
            if (meeting != null) {
                List<Party> hosted = Mediation.meetingParties(finder.roles(meeting), roles.agents());
                if (!hosted.isEmpty()) {
                    roles = new ArgumentFinder.Roles(roles.agents(), hosted, false, List.of());
                    refined = mood == Mood.INTENT ? refined
                            : new Refinements.Refined(List.of(Mediation.MEDIATE), List.of());
                    datedByOtherAct.put(hit, meeting);
                }
            }
            if (Mediation.needsMediatedAct(syntax, hit, roles)) {
                mediations.add(new Pending(hit, roles, mood, refined));
                continue;
            }
            if (isPurposeOfATrip(syntax, hit, roles)) {
                purposes.add(new Pending(hit, roles, mood, refined));
                continue;
            }
            coded(syntax, hit, roles, mood, refined).ifPresent(found::add);
        }
        Map<Hit, Hit> tripOfPurpose = new IdentityHashMap<>();
        for (Pending purpose : purposes) {
            Coded trip = tripBefore(purpose.hit(), found);
            CodedPair visit = trip == null ? null : lastVisit(trip);
            if (visit != null && purpose.roles().agents().stream()
                    .allMatch(a -> a.code().equals(visit.source().code()))) {
                coded(syntax, purpose.hit(), new ArgumentFinder.Roles(List.of(visit.source()),
                        List.of(visit.target()), false, List.of()), purpose.mood(), purpose.refined())
                        .ifPresent(c -> {
                            insertInTextOrder(found, c);
                            tripOfPurpose.put(purpose.hit(), trip.hit());
                        });
            }
        }
        for (Pending pending : mediations) {
            List<Mediation.Act> acts = found.stream().map(c -> new Mediation.Act(c.hit(), sides(c))).toList();
            Mediation.Act act = Mediation.mediatedAct(pending.hit(), pending.roles().agents(), acts);
            List<Party> mediated = Mediation.partiesOfMediatedAct(pending.hit(), pending.roles().agents(), acts);
            if (act != null) {
                datedByOtherAct.put(pending.hit(), act.hit());
            }
            ArgumentFinder.Roles roles = mediated.isEmpty() ? pending.roles()
                    : new ArgumentFinder.Roles(pending.roles().agents(), mediated, false, List.of());
            coded(syntax, pending.hit(), roles, pending.mood(), pending.refined())
                    .ifPresent(c -> insertInTextOrder(found, c));
        }
        List<Coded> coded = withoutConsumed(syntax, found);
        List<Hit> productive = coded.stream().map(Coded::hit).filter(h -> !tripOfPurpose.containsKey(h)).toList();
        Set<Hit> listed = listed(syntax, productive);
        Set<Integer> taken = new HashSet<>();
        Map<Hit, EventDating.Dated> dates = new IdentityHashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Coded c : coded) {
            Hit coordinated = finder.coordinatedVerbBefore(c.hit());
            Hit trip = tripOfPurpose.get(c.hit());
            EventDating.Dated dated = trip != null && dates.containsKey(trip) ? dates.get(trip)
                    : dating.date(syntax, c.hit(), hits, productive, c.intent(), c.mood() == Mood.INTENT, taken,
                    coordinated == null ? null : dates.get(coordinated));
            dated = orYearOfCondemnedAgreement(syntax, c, dated);
            dated = orDateOfTheActReactedTo(syntax, c, dated);
            if (dated.date() == null && c.mood() == Mood.INTENT) {
                EventDating.Dated reported = dating.dateOfReport(syntax);
                dated = reported != null ? reported : dated;
            }
            if (dated.date() == null && c.hit().trigger().has(Trigger.Flag.REPORTED)) {
                dated = dating.timeOfWriting();
            }
            dates.put(c.hit(), dated);
            Evidence evidence = evidence(syntax, c.hit());
            for (CodedPair pair : c.pairs()) {
                double certainty = Math.min(pair.source().certainty(), pair.target().certainty());
                double confidence = c.hit().trigger().weight() * certainty * dated.certainty()
                        * (c.mood() == Mood.INTENT ? INTENT_FACTOR : 1.0);
                candidates.add(new Candidate(pair.source().code(), pair.target().code(), cameo.get(pair.code()),
                        dated.date(), evidence, confidence, List.of(pair.source().ref(), pair.target().ref()),
                        pair.mutual(), listed.contains(c.hit()) ? c.hit().start() : -1,
                        !c.hit().trigger().has(Trigger.Flag.JOINT)));
            }
        }
        return withListedDates(syntax, withDateOfTheirAct(coded, candidates, datedByOtherAct, dates));
    }

    /**
     * "Erdogan visited Pakistan in 2016, 2020 and 2023": an act dated by one of a list of dates happened once at each
     * of them.
     */
    private List<Candidate> withListedDates(Syntax syntax, List<Candidate> candidates) {
        List<Candidate> all = new ArrayList<>(candidates);
        for (Candidate c : candidates) {
            if (c.date() == null) {
                continue;
            }
            for (FuzzyDate more : dating.listedWith(syntax, c.date())) {
                all.add(new Candidate(c.source(), c.target(), c.cameo(), more, c.evidence(), c.confidence(),
                        c.actors(), c.mutual(), c.listItem(), c.directed()));
            }
        }
        return all;
    }

    /**
     * "Oman hosted three rounds of talks between Iranian and American envoys in May 2021", "signed earlier that
     * month under Russian mediation": the date of the hosted talks or of the mediated act is also the date of the
     * hosting or mediation, when that has none of its own.
     */
    private static List<Candidate> withDateOfTheirAct(List<Coded> coded, List<Candidate> candidates,
                                                      Map<Hit, Hit> datedByOtherAct,
                                                      Map<Hit, EventDating.Dated> dates) {
        if (datedByOtherAct.isEmpty()) {
            return candidates;
        }
        List<Candidate> dated = new ArrayList<>(candidates.size());
        int next = 0;
        for (Coded c : coded) {
            Hit act = datedByOtherAct.get(c.hit());
            EventDating.Dated actDate = act == null ? null : dates.get(act);
            for (int i = 0; i < c.pairs().size(); i++) {
                Candidate candidate = candidates.get(next++);
                if (candidate.date() == null && actDate != null && actDate.date() != null) {
                    candidate = new Candidate(candidate.source(), candidate.target(), candidate.cameo(),
                            actDate.date(), candidate.evidence(), candidate.confidence(), candidate.actors(),
                            candidate.mutual(), candidate.listItem(), candidate.directed());
                }
                dated.add(candidate);
            }
        }
        return dated;
    }

    /**
     * "returned the visit for a second summit at Mamallapuram", "flew to Moscow for talks": a meeting or talks
     * without a target of their own, named as what a trip was for ('for' opening their phrase), are the
     * visitor's with the state visited.
     */
    private static boolean isPurposeOfATrip(Syntax syntax, Hit hit, ArgumentFinder.Roles roles) {
        if (hit.isVerb() || !hit.trigger().lemma().equals("meet") && !hit.trigger().lemma().equals("talk")
                || !roles.targets().isEmpty() || !roles.implied().isEmpty()) {
            return false;
        }
        if (syntax.view().token(hit.start()).isCapitalised()) {
            return false; // a named gathering ("the North American Leaders' Summit") is no meeting of two
        }
        int start = syntax.nounPhraseStart(hit);
        return start > 0 && syntax.view().lower(start - 1).equals("for");
    }

    /** The act with a visit (042) coded last before {@code purpose} in the sentence: the trip it was held on. */
    private static Coded tripBefore(Hit purpose, List<Coded> found) {
        Coded trip = null;
        for (Coded c : found) {
            if (c.hit().end() <= purpose.start() && lastVisit(c) != null) {
                trip = c;
            }
        }
        return trip;
    }

    private static CodedPair lastVisit(Coded c) {
        CodedPair visit = null;
        for (CodedPair pair : c.pairs()) {
            if (pair.code().equals("042")) {
                visit = pair;
            }
        }
        return visit;
    }

    /**
     * "Greece condemned a memorandum that Turkey signed in November 2019": an undated condemnation or rejection of
     * a dated agreement takes the agreement's year.
     */
    private static EventDating.Dated orYearOfCondemnedAgreement(Syntax syntax, Coded c, EventDating.Dated dated) {
        if (dated.date() != null || c.pairs().isEmpty() || !isDisapproval(c.pairs().get(0).code())) {
            return dated;
        }
        FuzzyDate year = AgreementObject.yearOfAgreement(syntax, c.hit());
        return year == null ? dated : new EventDating.Dated(year, AGREEMENT_YEAR_CERTAINTY);
    }

    /**
     * "Ethiopia announced in September 2023 that the filling was complete; Egypt called the move a violation", "In
     * April Russia signed a decree; Kyiv condemned the decree": a condemnation or rejection of a definite thing
     * ("the move", "the decree", "it") without a date in its own clause reacts to the act told earlier in the
     * sentence and takes that act's date (the latest date before its clause), not one of the sentences before.
     */
    private static EventDating.Dated orDateOfTheActReactedTo(Syntax syntax, Coded c, EventDating.Dated dated) {
        Hit hit = c.hit();
        if (c.pairs().isEmpty() || !isDisapproval(c.pairs().get(0).code()) || !hit.isVerb()
                || isDatedInItsClause(syntax, hit) || !refersBack(syntax.view(), hit.end())) {
            return dated;
        }
        SentenceView view = syntax.view();
        for (int i = syntax.clauses().start(hit.start()) - 1; i >= 0; i--) {
            org.entente.extraction.time.TimeMention time = view.timeAt(i);
            if (time != null && time.date() != null && (time.cue() == null || !time.cue().equals("since")
                    && !time.cue().equals("until"))) {
                return new EventDating.Dated(time.date(), REACTION_CERTAINTY);
            }
        }
        return dated;
    }

    /** "the move", "this decision", "it": a definite object that refers back to something told before. */
    private static boolean refersBack(SentenceView view, int object) {
        return object < view.size() && (view.lower(object).equals("the") || view.lower(object).equals("this")
                || view.lower(object).equals("it")) && view.slotAt(object + 1) == null;
    }

    /** A mediation whose parties are those of another act of the sentence, coded once all acts are known. */
    private record Pending(Hit hit, ArgumentFinder.Roles roles, Mood mood, Refinements.Refined refined) {
    }

    private java.util.Optional<Coded> coded(Syntax syntax, Hit hit, ArgumentFinder.Roles roles, Mood mood,
                                            Refinements.Refined refined) {
        List<CodedPair> pairs = new ArrayList<>();
        int sentence = syntax.view().analysed().sentence().index();
        for (String code : refined.codes()) {
            List<Party[]> sides = pairs(syntax, hit, roles, code);
            for (Party[] pair : sides) {
                boolean mutual = isMutual(syntax, hit, code) || isConflictOfSeveralAgents(hit, roles, code)
                        || isYielding(code) && hasReverse(sides, pair);
                pairs.add(new CodedPair(code, pair[0], pair[1], mutual));
                visitInTargetsCapital(syntax, hit, code, pair).ifPresent(pairs::add);
                meetingWithCompanion(syntax, hit, code, pair[0]).ifPresent(pairs::add);
                if (code.startsWith("112")) {
                    accusations.add(pair[0], pair[1].code(), sentence);
                }
                if (code.equals("057") && mood == Mood.FACT) {
                    lastSigning = List.of(pair[0], pair[1]);
                }
            }
        }
        return pairs.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new Coded(hit, mood, pairs, refined.spans()));
    }

    private static void insertInTextOrder(List<Coded> coded, Coded c) {
        int at = 0;
        while (at < coded.size() && coded.get(at).hit().start() < c.hit().start()) {
            at++;
        }
        coded.add(at, c);
    }

    /** The sides of a coded act, sources and targets in order. */
    private static List<Party> sides(Coded coded) {
        List<Party> sides = new ArrayList<>();
        for (CodedPair pair : coded.pairs()) {
            sides.add(pair.source());
            sides.add(pair.target());
        }
        return sides;
    }

    /**
     * The noun triggers that are members of a list ("A's meeting with B, the meeting of the chiefs of staff of the
     * two countries, C's visit to D"): each member is a happening of its own.
     */
    private static Set<Hit> listed(Syntax syntax, List<Hit> productive) {
        Set<Hit> listed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i + 1 < productive.size(); i++) {
            Hit hit = productive.get(i);
            Hit next = productive.get(i + 1);
            if (!hit.isVerb() && !next.isVerb() && syntax.isNextInList(hit, next)) {
                listed.add(hit);
                listed.add(next);
            }
        }
        return listed;
    }

    /**
     * Drops a noun trigger that another trigger took as the cue of its code: "announced a visit" is an
     * announcement, not a visit; "suspended the talks" a suspension, not talks; "cut its aid" a cut, not aid; and
     * a trigger naming what a cue's measure bears on ("restrictions on arms exports").
     */
    private static List<Coded> withoutConsumed(Syntax syntax, List<Coded> coded) {
        List<Coded> kept = new ArrayList<>(coded.size());
        for (Coded c : coded) {
            boolean consumed = false;
            for (Coded other : coded) {
                if (other == c) {
                    continue;
                }
                for (int[] span : other.cues()) {
                    consumed |= isThingTheCueIsOn(syntax, span, c.hit());
                }
                if (!c.hit().isVerb()) {
                    for (int[] span : other.cues()) {
                        consumed |= c.hit().start() >= span[0] && c.hit().start() < span[1];
                    }
                    consumed |= isObjectOfSameAct(syntax, other, c);
                }
            }
            if (!consumed) {
                kept.add(c);
            }
        }
        return kept;
    }

    /**
     * "lifted restrictions on arms exports to Turkey", "imposed a ban on oil sales": a trigger in the noun phrase
     * after 'on' that follows a cue ("restrictions", "ban", "sanctions") is what the measure bears on, not an act
     * (nor a verb, though "exports" may look like one).
     */
    private static boolean isThingTheCueIsOn(Syntax syntax, int[] cue, Hit noun) {
        int on = cue[1];
        if (noun.start() <= on || on >= syntax.view().size()
                || !syntax.view().lower(on).equals("on") || noun.start() - on - 1 > OBJECT_MODIFIERS) {
            return false;
        }
        for (int i = on + 1; i < noun.start(); i++) {
            if (!syntax.isNounPhraseWord(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "fought a war", "held two rounds of talks", "paid a visit": a noun trigger that heads the direct object of a
     * verb trigger of the same CAMEO family names the verb's own act, not a second one.
     */
    private static boolean isObjectOfSameAct(Syntax syntax, Coded verb, Coded noun) {
        Hit v = verb.hit();
        Hit n = noun.hit();
        if (!v.isVerb() || n.start() < v.end() || !syntax.clauses().same(v.end() - 1, n.start())
                || !sameFamily(verb, noun)) {
            return false;
        }
        for (int i = v.end(); i < n.start(); i++) {
            if (!syntax.isNounPhraseWord(i)) {
                return false;
            }
        }
        return n.start() - v.end() <= OBJECT_MODIFIERS;
    }

    private static boolean sameFamily(Coded a, Coded b) {
        for (CodedPair p : a.pairs()) {
            for (CodedPair q : b.pairs()) {
                if (p.code().regionMatches(0, q.code(), 0, 2)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Abiy met Sisi in Cairo": a meeting in the target's own capital or city is also a visit to it (042) by the
     * agent.
     */
    private java.util.Optional<CodedPair> visitInTargetsCapital(Syntax syntax, Hit hit, String code, Party[] pair) {
        if (!hit.isVerb() || !code.startsWith("04") || code.equals("042") || code.equals("043")) {
            return java.util.Optional.empty();
        }
        Slot place = syntax.prepositionalObject("in", hit.end(), syntax.clauses().end(hit.start()));
        boolean inTargetsCity = place != null && place.codes().equals(List.of(pair[1].code()))
                && place.mentions().stream().allMatch(m -> m.reason().equals("capital")
                || m.reason().equals("city") || m.reason().equals("seat of government"));
        return inTargetsCity ? java.util.Optional.of(new CodedPair("042", pair[0], pair[1], false))
                : java.util.Optional.empty();
    }

    /**
     * "visited the disaster zone with his Turkish counterpart", "travelled to Kabul with the Pakistani foreign
     * minister": a visit made together with another state's leader or office holder is also a meeting (040) of
     * the visitor with that state.
     */
    private static java.util.Optional<CodedPair> meetingWithCompanion(Syntax syntax, Hit hit, String code,
                                                                      Party visitor) {
        if (!hit.isVerb() || !code.equals("042")) {
            return java.util.Optional.empty();
        }
        Slot companion = companionAfter(syntax, hit);
        if (companion == null || !companion.isPerson() || companion.codes().size() != 1
                || companion.codes().get(0).equals(visitor.code())) {
            return java.util.Optional.empty();
        }
        ActorMention mention = companion.mentions().get(0);
        Party met = new Party(companion.codes().get(0), mention.toActorRef(), PHRASE_CERTAINTY);
        return java.util.Optional.of(new CodedPair("040", visitor, met, false));
    }

    /**
     * The actor of a 'with' phrase that follows a visit verb's own phrases straight on ("visited the zone with",
     * "travelled to Kabul with"), not one that belongs to a later phrase ("visited Cairo and, at a press
     * conference with ...").
     */
    private static Slot companionAfter(Syntax syntax, Hit hit) {
        SentenceView view = syntax.view();
        int end = Math.min(view.size() - 1, hit.end() + COMPANION_REACH);
        for (int i = hit.end(); i < end; i++) {
            if (view.lower(i).equals("with")) {
                return syntax.nounPhraseSlot(i + 1, syntax.clauses().end(hit.start()));
            }
            Slot slot = view.slotAt(i);
            if (slot != null) {
                i = slot.last();
            } else if (!syntax.isNounPhraseWord(i) && !view.lower(i).equals("to") || !syntax.clauses().same(i,
                    hit.start())) {
                return null;
            }
        }
        return null;
    }

    private Refinements.Refined codes(Syntax syntax, Hit hit, List<Hit> hits, Mood mood) {
        Trigger trigger = hit.trigger();
        if (mood == Mood.INTENT) {
            return new Refinements.Refined(trigger.intent() == null ? List.of() : List.of(trigger.intent()),
                    List.of());
        }
        if (trigger.refine() != null) {
            int[] scope = refinementScope(syntax, hit, hits);
            Refinements.Refined refined = refinements.codes(trigger.refine(), syntax.view().lower(), scope[0],
                    scope[1]);
            if (!refined.codes().isEmpty()) {
                return refined;
            }
        }
        return new Refinements.Refined(trigger.code() == null ? List.of() : List.of(trigger.code()), List.of());
    }

    /**
     * Where a trigger's cues may stand. A noun's phrase starts at its determiner, with coordinated modifiers ("firm
     * military and financial support") and the verb that governs it ("conveyed Iraq's support"); a passive verb's
     * cues may stand in its subject ("troops were stationed"). The phrase ends with the trigger's object for a
     * trigger flagged {@code objectcue} ("established diplomatic relations"), at the clause's end for a noun (its
     * predicate may say what became of it: "aid ... has come to a halt") and for a trigger that takes a content
     * ("agreed to cooperate in trade"), and otherwise at the next verb trigger or the clause's end; a verb's phrase
     * also ends at a preposition of time ("agreed to forward the protocol after talks with ...").
     */
    private static int[] refinementScope(Syntax syntax, Hit hit, List<Hit> hits) {
        int clauseStart = syntax.clauses().start(hit.start());
        int from = hit.start();
        if (hit.isVerb() && syntax.isPassive(hit)) {
            from = antecedentStart(syntax, clauseStart);
        } else if (!hit.isVerb()) {
            from = nounPhraseStart(syntax, hit);
        }
        int to = syntax.clauses().end(hit.start());
        if (hit.trigger().has(Trigger.Flag.OBJECTCUE)) {
            int subject = hit.isVerb() && from == hit.start() ? subjectRightBefore(syntax, hit) : from;
            return new int[] {subject, objectEnd(syntax, hit.end(), to)};
        }
        if (hit.isVerb() && !hit.trigger().has(Trigger.Flag.CONTENT)) {
            for (Hit other : hits) {
                if (other.isVerb() && other.start() >= hit.end() && other.start() < to) {
                    to = other.start();
                }
            }
        }
        if (hit.isVerb()) {
            to = syntax.circumstanceFrom(hit.end(), to); // "agreed to forward it after talks": not what was agreed
        }
        return new int[] {from, to};
    }

    /**
     * "relations, which had been severed in 1962": a relative clause's subject is the noun phrase before its pronoun,
     * where a passive verb's cues stand; the clause's own start otherwise.
     */
    private static int antecedentStart(Syntax syntax, int clauseStart) {
        Clauses.Clause clause = syntax.clauses().clauseAt(clauseStart);
        if (clause.opener() != Clauses.Opener.RELATIVE || clause.openerAt() != clauseStart || clauseStart == 0) {
            return clauseStart;
        }
        int from = syntax.view().lower(clauseStart - 1).equals(",") ? clauseStart - 1 : clauseStart;
        int start = from;
        while (start - 1 >= 0 && from - start < SUBJECT_WORDS && syntax.isNounPhraseWord(start - 1)
                && !syntax.is(start - 1, WordClass.PREP) && syntax.view().timeAt(start - 1) == null) {
            start--;
        }
        return start < from ? start : clauseStart;
    }

    /**
     * "Chinese forces withdrew from", "Russian troops pulled out": the start of a subject noun phrase that stands
     * right before a verb (its head may be the cue), or the verb's own start when there is none.
     */
    private static int subjectRightBefore(Syntax syntax, Hit hit) {
        int from = hit.start();
        int clauseStart = syntax.clauses().start(hit.start());
        while (from - 1 >= clauseStart && hit.start() - from < SUBJECT_WORDS && syntax.view().timeAt(from - 1) == null
                && (syntax.isNounPhraseWord(from - 1) && !syntax.is(from - 1, WordClass.PREP)
                || syntax.view().slotAt(from - 1) != null)) {
            from--;
        }
        return from;
    }

    private static int nounPhraseStart(Syntax syntax, Hit hit) {
        int from = hit.start();
        int steps = 0;
        while (from - 1 >= 0 && steps < 6) {
            int i = from - 1;
            boolean modifier = syntax.isNounPhraseWord(i) || syntax.view().slotAt(i) != null;
            boolean coordinated = (syntax.view().lower(i).equals("and") || syntax.view().lower(i).equals(","))
                    && i - 1 >= 0 && (syntax.isNounPhraseWord(i - 1) && !syntax.is(i - 1, WordClass.DET)
                    || syntax.view().slotAt(i - 1) != null);
            if (!modifier && !coordinated) {
                break;
            }
            from = i;
            steps++;
        }
        return from > 0 && !syntax.is(from - 1, WordClass.PREP) ? from - 1 : from;
    }

    /** Just past the noun phrase (with its 'of' phrases) or the pronoun ("denied it") that starts at {@code from}. */
    private static int objectEnd(Syntax syntax, int from, int limit) {
        if (from < limit && syntax.is(from, WordClass.THING) && !syntax.is(from, WordClass.DET)) {
            return from + 1;
        }
        int i = from;
        while (i < limit && i < from + 8 && (syntax.isNounPhraseWord(i) || syntax.view().slotAt(i) != null
                || syntax.isTrigger(i) || syntax.view().lower(i).equals("of") || syntax.view().lower(i).equals("and"))) {
            i++;
        }
        return i;
    }

    private List<Party[]> pairs(Syntax syntax, Hit hit, ArgumentFinder.Roles roles, String code) {
        Trigger trigger = hit.trigger();
        List<Party> agents = roles.agents().isEmpty() && roles.targets().isEmpty() ? roles.implied()
                : roles.agents();
        List<Party> targets = roles.targets();
        if (agents.isEmpty() && targets.isEmpty() && trigger.has(Trigger.Flag.PAIR)
                && isDatedWithOnlyThePairInItsClause(syntax, hit)) {
            agents = mainPair();
        }
        if (agents.isEmpty() && targets.isEmpty()) {
            agents = talksOfThePair(syntax, hit, code);
        }
        if (agents.isEmpty() && !targets.isEmpty() && isVerbalConflict(code)) {
            agents = subjectOfParticipleAdjunct(syntax, hit);
        }
        if (targets.isEmpty() && agents.size() == 1 && trigger.has(Trigger.Flag.ACCUSATION)) {
            targets = accusations.lastAccusersOf(agents.get(0).code());
        }
        if (agents.isEmpty() && !targets.isEmpty() && actsOnEnvoyOrEmbassy(code) && !isDoneByPeople(syntax, hit)) {
            agents = implicitHost(targets.get(0));
        }
        if (targets.isEmpty() && agents.size() == 1 && code.equals("042")) {
            targets = impliedDestination(agents.get(0));
        }
        if (targets.isEmpty() && agents.size() == 1 && isGivenToTheOtherSide(hit, code)
                && (!code.startsWith("03") || saysWhatIsGiven(syntax, hit))) {
            targets = counterpart(agents.get(0), "(the other state of the pair)");
        }
        if (agents.size() == 1 && isDisapproval(code)) {
            List<Party> parties = AgreementObject.parties(syntax, hit, agents.get(0));
            if (parties.isEmpty() && targets.isEmpty() && AgreementObject.isAimedAtAnAgreement(syntax, hit)) {
                parties = partiesOfTheLastSigning(agents.get(0));
            }
            targets = withAgreementParties(targets, parties);
        }
        if (targets.isEmpty() && !agents.isEmpty() && isReactionToTheOtherSide(syntax, hit, code)) {
            targets = counterpartOfOne(agents);
        }
        if (targets.isEmpty() && agents.size() == 1 && isDisapproval(code) && hit.isVerb()) {
            targets = ownerInObject(syntax, hit, agents.get(0));
        }
        if (targets.isEmpty() && agents.size() == 1 && isConflict(code)) {
            targets = sharedTarget(code, agents.get(0));
        }
        if (targets.isEmpty() && agents.size() == 1 && isThreatToTheOtherSide(syntax, hit, code)) {
            targets = counterpart(agents.get(0), "(the other state of the pair)");
        }
        if (targets.isEmpty() && agents.size() == 1 && ImpliedOpponent.aimsAtTheOtherSide(syntax, hit, code)) {
            targets = counterpart(agents.get(0), "(the other side of the conflict)");
        }
        if (targets.isEmpty() && trigger.has(Trigger.Flag.JOINT) && agents.size() == 2 && isCooperation(code)
                && isOnePairPhrase(agents) && namedFirst(agents.get(1).code())) {
            agents = List.of(agents.get(1), agents.get(0));
        }
        if (targets.isEmpty() && isDemandNoun(hit, code)) {
            return List.of();
        }
        if (targets.isEmpty() && !trigger.has(Trigger.Flag.JOINT) && !trigger.has(Trigger.Flag.MUTUAL)
                && hasThingAsObject(syntax, hit)) {
            return List.of();
        }
        List<Party[]> pairs = new ArrayList<>();
        if (targets.isEmpty() && trigger.has(Trigger.Flag.JOINT)) {
            for (int a = 0; a < agents.size(); a++) {
                for (int b = a + 1; b < agents.size(); b++) {
                    addPair(pairs, agents.get(a), agents.get(b));
                }
            }
        } else if (targets.isEmpty()) {
            for (Party agent : agents) {
                for (Party other : agents) {
                    addPair(pairs, agent, other);
                }
            }
        } else {
            for (Party agent : agents) {
                for (Party target : targets) {
                    addPair(pairs, agent, target);
                }
            }
        }
        if (!targets.isEmpty() && isConflict(code)) {
            targetsByRoot.put(code.substring(0, 2), targets);
        }
        if (isMutual(syntax, hit, code)) {
            int n = pairs.size();
            for (int i = 0; i < n; i++) {
                addPair(pairs, pairs.get(i)[1], pairs.get(i)[0]);
            }
        }
        return pairs;
    }

    /**
     * "Iran's demands on Iraq": a demand noun names a demand only with the state it is made on; without one
     * ("American demand drives the trade", "demand for gas") it is rather a market's demand.
     */
    private static boolean isDemandNoun(Hit hit, String code) {
        return !hit.isVerb() && code.startsWith("10");
    }

    /**
     * "Cairo said all options are open", "Mexico would respond with tariffs", "Iran threatened to close the
     * strait": a veiled threat in reported speech, an announced retaliation or a threat to do something, by one
     * state of the document's pair without a state named as its target, threatens the other state.
     */
    private static boolean isThreatToTheOtherSide(Syntax syntax, Hit hit, String code) {
        if (!code.startsWith("13")) {
            return false;
        }
        Trigger trigger = hit.trigger();
        boolean toDo = hit.isVerb() && hit.end() < syntax.view().size() && syntax.view().lower(hit.end()).equals("to");
        return trigger.has(Trigger.Flag.REPORTED) || code.equals(trigger.intent()) || toDo;
    }

    /**
     * "the Bicentennial Framework, agreed at a high-level dialogue in Mexico City": a past participle of an intent
     * verb between a comma and a preposition describes the noun before it (the text agreed on), it states no intent
     * of its own. Not "agreed to" or "agreed with" (a verb of a coordinated subject may follow a comma).
     */
    private static boolean isParticipleOfTheNounBefore(Syntax syntax, Hit hit) {
        SentenceView view = syntax.view();
        String code = hit.trigger().code();
        return hit.isVerb() && code != null && code.startsWith("03") && view.lower(hit.start()).endsWith("ed")
                && view.isPunct(hit.start() - 1, ",") && hit.end() < view.size()
                && syntax.is(hit.end(), WordClass.PREP) && !view.lower(hit.end()).equals("to")
                && !view.lower(hit.end()).equals("with");
    }

    /** Demands, disapproval, rejection and threats (10-13). */
    private static boolean isVerbalConflict(String code) {
        return code.compareTo("10") >= 0 && code.compareTo("14") < 0;
    }

    /**
     * "the Egyptian ministry announced that the talks had ended, blaming Ethiopia for their failure": a present
     * participle after a comma, without a subject of its own, is done by the subject of the sentence (its first
     * state phrase outside a prepositional phrase, before the comma).
     */
    private static List<Party> subjectOfParticipleAdjunct(Syntax syntax, Hit hit) {
        SentenceView view = syntax.view();
        if (!hit.isVerb() || !view.lower(hit.start()).endsWith("ing") || !view.isPunct(hit.start() - 1, ",")) {
            return List.of();
        }
        for (Slot slot : view.slots()) {
            if (slot.first() >= hit.start()) {
                break;
            }
            if (slot.isActor() && !slot.isNonState() && !slot.isPlace() && slot.codes().size() == 1
                    && !syntax.inPrepositionalPhrase(slot)) {
                ActorMention subject = slot.mentions().get(0);
                return List.of(new Party(subject.code(), subject.toActorRef(), PHRASE_CERTAINTY));
            }
        }
        return List.of();
    }

    /**
     * "The two nations have recognised the importance of the commission", "Iran and Pakistan condemned the attack": a
     * verb whose direct object is a thing, not a state (nor "each other", nor their own thing: "both sides lifted their
     * tariffs"), is not an act of its agents on one another.
     */
    private static boolean hasThingAsObject(Syntax syntax, Hit hit) {
        SentenceView view = syntax.view();
        if (!hit.isVerb() || !hit.trigger().targets().contains(Trigger.OBJECT)) {
            return false;
        }
        int i = hit.end();
        while (i < view.size() && syntax.is(i, WordClass.ADVERB)) {
            i++;
        }
        if (i >= view.size() || view.slotAt(i) != null || view.timeAt(i) != null || !syntax.is(i, WordClass.DET)
                || view.lower(i).equals("no")) {
            return false;
        }
        for (int k = i; k < view.size() && (syntax.isNounPhraseWord(k) || view.slotAt(k) != null
                || syntax.isTrigger(k) || view.lower(k).equals("of")); k++) {
            String w = view.lower(k);
            if (view.slotAt(k) != null || syntax.isTrigger(k) || syntax.is(k, WordClass.RECIPROCAL)
                    || w.equals("their") || w.equals("other")) {
                return false; // "both sides lifted their tariffs", "fought a war", "accused the other"
            }
        }
        return true;
    }

    /**
     * "China criticised the agreement": an agreement named without its parties, condemned after the article told a
     * signing, is the one signed; its parties other than the agent, one event each.
     */
    private List<Party> partiesOfTheLastSigning(Party agent) {
        List<Party> parties = new ArrayList<>(2);
        for (Party party : lastSigning) {
            if (!party.code().equals(agent.code())) {
                parties.add(new Party(party.code(), party.ref(), party.certainty() * ANAPHOR_CERTAINTY));
            }
        }
        return parties;
    }

    /** A condemnation, denunciation or rejection (111, 12): what may be aimed at an agreement of other states. */
    private static boolean isDisapproval(String code) {
        return code.startsWith("111") || code.startsWith("12");
    }

    /**
     * "condemned Turkey's memorandum with Libya": the targets found, with the parties of the condemned agreement
     * that are not among them (one event per party).
     */
    private static List<Party> withAgreementParties(List<Party> targets, List<Party> parties) {
        if (parties.isEmpty()) {
            return targets;
        }
        List<Party> all = new ArrayList<>(targets);
        for (Party party : parties) {
            if (all.stream().noneMatch(t -> t.code().equals(party.code()))) {
                all.add(party);
            }
        }
        return all;
    }

    /**
     * "rejected the official results of the Venezuelan election", "dismissed the new Chinese map": a rejection of a
     * thing that a state owns or made rejects that state (the first other state in the object's noun phrase).
     */
    private static List<Party> ownerInObject(Syntax syntax, Hit hit, Party agent) {
        int end = objectEnd(syntax, hit.end(), syntax.clauses().end(hit.start()));
        for (int i = hit.end(); i < end; i++) {
            Slot slot = syntax.view().slotAt(i);
            if (slot != null && slot.isNonState()) {
                return List.of();
            }
            if (slot != null && slot.isActor() && !slot.isPlace() && slot.codes().size() == 1
                    && !slot.codes().contains(agent.code())) {
                ActorMention owner = slot.mentions().get(0);
                return List.of(new Party(owner.code(), owner.toActorRef(), OWNER));
            }
        }
        return List.of();
    }

    /**
     * "Bahrain and Sudan broke off relations with Iran, and the UAE downgraded its ties": a conflict act without a
     * target shares that of the act of the same root before it in the sentence (not the agent itself).
     */
    private List<Party> sharedTarget(String code, Party agent) {
        List<Party> earlier = targetsByRoot.getOrDefault(code.substring(0, 2), List.of());
        return earlier.stream().filter(p -> !p.code().equals(agent.code())).toList();
    }

    private static void addPair(List<Party[]> pairs, Party source, Party target) {
        if (source.code().equals(target.code())) {
            return;
        }
        for (Party[] pair : pairs) {
            if (pair[0].code().equals(source.code()) && pair[1].code().equals(target.code())) {
                return;
            }
        }
        pairs.add(new Party[] {source, target});
    }

    /**
     * "Relations were normalised in 1991", "a ceasefire took effect on 12 May 1994": a joint act of two states told
     * without naming either is one between the two states of the document's main pair, when its clause says when
     * (without sides or a time, "relations were normalised" is rather a summary than a report).
     */
    /** Whether a time expression stands in the trigger's clause (the clause of its last word). */
    private static boolean isDatedInItsClause(Syntax syntax, Hit hit) {
        int clause = hit.end() - 1;
        for (int i = syntax.clauses().start(clause); i < syntax.clauses().end(clause); i++) {
            if (syntax.view().timeAt(i) != null && syntax.clauses().same(i, clause)) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions before a place where an act happened ("agreed in Moscow"), which is no side of it. */
    private static final Set<String> LOCATIVE = Set.of("in", "at");

    private boolean isOfTheMainPair(String code) {
        return documentActors.mainPair().map(pair -> pair.contains(code)).orElse(false);
    }

    private List<Party> mainPair() {
        return documentActors.mainPair()
                .map(pair -> namedFirst(pair.second()) ? List.of(pair.second(), pair.first())
                        : List.of(pair.first(), pair.second()))
                .map(codes -> codes.stream()
                        .map(code -> new Party(code, new ActorRef("(the pair)", code, "main pair"), IMPLICIT))
                        .toList())
                .orElse(List.of());
    }

    /**
     * Diplomatic and material cooperation and yielding (05-08), done rather than intended: the acts whose joint
     * report ("both sides disengaged", "relations were normalised") is told from the side the article names first.
     */
    private static boolean isCooperation(String code) {
        return code.compareTo("05") >= 0 && code.compareTo("09") < 0;
    }

    /**
     * Whether both agents come from one phrase that stands for a pair ("both sides", "the two countries"): a joint
     * act of theirs takes as its source the state the document names first.
     */
    private static boolean isOnePairPhrase(List<Party> agents) {
        ActorRef a = agents.get(0).ref();
        ActorRef b = agents.get(1).ref();
        return a.reason().equals("coreference") && b.reason().equals("coreference") && a.text().equals(b.text());
    }

    /** Whether {@code code} is the state of the main pair the document names first (the joint act's source). */
    private boolean namedFirst(String code) {
        for (org.entente.extraction.actor.ActorMention mention : documentActors.mentions()) {
            if (mention.isState() && mention.code() != null && documentActors.mainPair().isPresent()
                    && documentActors.mainPair().get().contains(mention.code())) {
                return mention.code().equals(code);
            }
        }
        return false;
    }

    /**
     * Whether a time expression, and no state outside the document's pair, stands in the trigger's clause (the
     * clause of its last word): "the border was closed in 2009" is the pair's, "the border with Ethiopia was closed
     * in 2009" is not.
     */
    private boolean isDatedWithOnlyThePairInItsClause(Syntax syntax, Hit hit) {
        int clause = hit.end() - 1;
        boolean dated = false;
        for (int i = syntax.clauses().start(clause); i < syntax.clauses().end(clause); i++) {
            if (!syntax.clauses().same(i, clause)) {
                continue;
            }
            Slot slot = syntax.view().slotAt(i);
            boolean where = slot != null && (slot.isPlace() || slot.first() > 0
                    && LOCATIVE.contains(syntax.view().lower(slot.first() - 1)));
            if (slot != null && slot.isActor() && !where && !slot.codes().stream().allMatch(this::isOfTheMainPair)) {
                return false;
            }
            dated |= syntax.view().timeAt(i) != null;
        }
        return dated;
    }

    /** "Premier Wen's visit in April 2005": a visit by one side of the document's pair is to the other side. */
    private List<Party> impliedDestination(Party visitor) {
        return counterpart(visitor, "(the other state of the pair)");
    }

    /**
     * "Egypt and Sudan condemned the filling": the other state of the document's pair for agents among which
     * exactly one is a state of the pair (the agents answer that state, not each other); none when both are.
     */
    private List<Party> counterpartOfOne(List<Party> agents) {
        List<Party> found = List.of();
        for (Party agent : agents) {
            List<Party> other = counterpart(agent, "(the other state of the pair)");
            if (!other.isEmpty()) {
                if (!found.isEmpty() && !found.get(0).code().equals(other.get(0).code())) {
                    return List.of();
                }
                found = other;
            }
        }
        return found;
    }

    /**
     * "Three rounds of talks followed in Baku and Tbilisi in 2021", "after a second phone call on 6 March", "four
     * rounds of talks followed in Cairo and Addis Ababa": dated talks or a dated phone call, or talks held in the
     * pair's own cities, named without their sides, in a sentence that names no state outside the document's pair,
     * are between the states of that pair.
     */
    private List<Party> talksOfThePair(Syntax syntax, Hit hit, String code) {
        if (isIntentOfThePair(hit, code)) {
            return onlyThePairInSentence(syntax);
        }
        if (!EventCoder.isTalksNoun(hit) || !code.equals(hit.trigger().code())
                || documentActors.mainPair().isEmpty()) {
            return List.of();
        }
        if (syntax.view().analysed().times().isEmpty() && !isHeldInThePairsCity(syntax, hit)) {
            return List.of();
        }
        if (isDefinite(syntax, hit)) {
            return List.of();
        }
        DocumentActors.StatePair pair = documentActors.mainPair().get();
        for (Slot slot : syntax.view().slots()) {
            for (String c : slot.codes()) {
                if (!pair.contains(c)) {
                    return List.of();
                }
            }
            if (slot.isNonState()) {
                return List.of();
            }
        }
        String first = namedFirst(pair);
        String second = first.equals(pair.first()) ? pair.second() : pair.first();
        return List.of(new Party(first, new ActorRef("(the article's pair)", first, "main pair"), IMPLICIT),
                new Party(second, new ActorRef("(the article's pair)", second, "main pair"), IMPLICIT));
    }

    /**
     * "talks followed in Cairo and Addis Ababa": the place of the talks, right after them or after their verb, is a
     * capital or city of the document's pair.
     */
    private boolean isHeldInThePairsCity(Syntax syntax, Hit hit) {
        Slot place = syntax.prepositionalObject("in", hit.end(), syntax.clauses().end(hit.start()));
        if (place == null || place.codes().isEmpty()) {
            return false;
        }
        DocumentActors.StatePair pair = documentActors.mainPair().get();
        for (ActorMention mention : place.mentions()) {
            boolean city = mention.reason().equals("capital") || mention.reason().equals("city");
            if (!city || !pair.contains(mention.code())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Officials said the defence ministries would continue talks", "regular high-level meetings are planned":
     * talks or meetings told as an intent (their intent code, 036) without any side named are the intent of the
     * document's pair, whether the sentence dates them or not.
     */
    private static boolean isIntentOfThePair(Hit hit, String code) {
        return (EventCoder.isTalksNoun(hit) || EventCoder.isMeetingNoun(hit)) && code.equals(hit.trigger().intent());
    }

    /** The document's pair, first named first, when the sentence names no state or group outside it; else none. */
    private List<Party> onlyThePairInSentence(Syntax syntax) {
        if (documentActors.mainPair().isEmpty()) {
            return List.of();
        }
        DocumentActors.StatePair pair = documentActors.mainPair().get();
        for (Slot slot : syntax.view().slots()) {
            if (slot.isNonState() || slot.codes().stream().anyMatch(c -> !pair.contains(c))) {
                return List.of();
            }
        }
        String first = namedFirst(pair);
        String second = first.equals(pair.first()) ? pair.second() : pair.first();
        return List.of(new Party(first, new ActorRef("(the article's pair)", first, "main pair"), IMPLICIT),
                new Party(second, new ActorRef("(the article's pair)", second, "main pair"), IMPLICIT));
    }

    /**
     * "the talks collapsed", "these negotiations": a definite noun phrase refers back to talks told before (or to
     * what became of them), it does not tell new ones.
     */
    private static boolean isDefinite(Syntax syntax, Hit hit) {
        for (int i = syntax.nounPhraseStart(hit); i < hit.start(); i++) {
            if (syntax.is(i, WordClass.DET) && DEFINITE.contains(syntax.view().lower(i))) {
                return true;
            }
        }
        return hit.start() > 0 && syntax.is(hit.start() - 1, WordClass.DET)
                && DEFINITE.contains(syntax.view().lower(hit.start() - 1));
    }

    /** The state of the pair the article names first (its title's order: "India–China relations"). */
    private String namedFirst(DocumentActors.StatePair pair) {
        for (ActorMention mention : documentActors.mentions()) {
            if (mention.code() != null && pair.contains(mention.code())) {
                return mention.code();
            }
        }
        return pair.first();
    }

    /** The other state of the document's main pair, when {@code side} is one of its states. */
    private List<Party> counterpart(Party side, String label) {
        return documentActors.mainPair()
                .filter(pair -> pair.contains(side.code()))
                .map(pair -> pair.first().equals(side.code()) ? pair.second() : pair.first())
                .map(code -> List.of(new Party(code, new ActorRef(label, code, "main pair"), IMPLICIT)))
                .orElse(List.of());
    }

    /**
     * "the Vietnamese foreign ministry protested", "Kyiv condemned the decree", "New Delhi rejected the renaming",
     * "declared a unilateral ceasefire", "offered condolences", "expressed remorse": condolences, an apology, a
     * protest or a declared ceasefire, or a condemnation or rejection of a
     * definite thing, by one state of the document's pair without
     * a state named as its target answers the other state. Not when the thing is an act of its own ("condemned
     * the attack": by whom is not said) or names who it concerns ("the terrorist attacks in Somalia").
     */
    private static boolean isReactionToTheOtherSide(Syntax syntax, Hit hit, String code) {
        if (code.startsWith("018") || code.startsWith("055")) {
            return true;
        }
        if (!hit.isVerb()) {
            return false;
        }
        if (code.startsWith("114") || code.startsWith("0871")) {
            return true;
        }
        if (!code.startsWith("111") && !code.startsWith("120")) {
            return false;
        }
        int next = hit.end();
        SentenceView view = syntax.view();
        if (next >= view.size() || !(view.lower(next).equals("the") || view.lower(next).equals("this")
                || view.lower(next).equals("it"))) {
            return false;
        }
        for (int i = next + 1; i < Math.min(view.size(), next + OBJECT_WORDS) && syntax.isNounPhraseWord(i); i++) {
            if (view.slotAt(i) != null || syntax.isTrigger(i) || syntax.is(i, WordClass.IRREGULAR)) {
                return false;
            }
        }
        return true;
    }

    /** "protesters stormed the embassy", "militants raided the consulate": a crowd or a group acted, not the host. */
    private static boolean isDoneByPeople(Syntax syntax, Hit hit) {
        int start = syntax.clauses().start(hit.start());
        for (int i = hit.start() - 1; i >= Math.max(start, hit.start() - SUBJECT_WORDS); i--) {
            if (syntax.is(i, WordClass.PRIVATE) || syntax.is(i, WordClass.IRREGULAR)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Japan provided $300 million in grants", "Russia returned the seized vessels", "Washington exempted the goods",
     * "Chinese forces withdrew": aid given, persons or property returned, sanctions eased or
     * ground given up (or the stated intent to do so) by one state of the document's pair, without a state named
     * as the one who gains, are for the other state of the pair. Verbs only: a bare noun ("aid", "the withdrawal")
     * says too little of who gave. Not troops deployed (074): a state may deploy them on its own soil.
     */
    private static boolean isGivenToTheOtherSide(Hit hit, String code) {
        return hit.isVerb() && (code.startsWith("07") && !code.startsWith("074") || code.startsWith("084")
                || code.startsWith("085") || code.startsWith("087") || code.startsWith("035")
                || code.startsWith("033") || code.startsWith("161") && hit.trigger().lemma().equals("recall"));
    }

    /**
     * "Both sides lifted their tariffs", "the two armies withdrew their troops": a concession (08) made by each of
     * several states is one event each way; joint acts and others (visits, statements) by several states stay one.
     */
    private static boolean isYielding(String code) {
        return code.startsWith("08");
    }

    /**
     * Whether an intended concession says what is given up ("would lift the restrictions", not "was expected to
     * ease tensions"): a cue of the trigger's refinement group in the rest of its clause.
     */
    private boolean saysWhatIsGiven(Syntax syntax, Hit hit) {
        String group = hit.trigger().refine();
        return group != null && !refinements.codes(group, syntax.view().lower(), hit.start(),
                syntax.clauses().end(hit.start())).codes().isEmpty();
    }

    /** Whether the pairs hold the same two sides the other way round: each side acts, one event each way. */
    private static boolean hasReverse(List<Party[]> pairs, Party[] pair) {
        for (Party[] other : pairs) {
            if (other[0].code().equals(pair[1].code()) && other[1].code().equals(pair[0].code())) {
                return true;
            }
        }
        return false;
    }

    private static boolean actsOnEnvoyOrEmbassy(String code) {
        return code.startsWith("161") || code.startsWith("114") || code.startsWith("171");
    }

    private List<Party> implicitHost(Party target) {
        return documentActors.mainPair()
                .filter(pair -> pair.contains(target.code()))
                .map(pair -> pair.first().equals(target.code()) ? pair.second() : pair.first())
                .map(code -> List.of(new Party(code, new ActorRef("(the host state)", code, "main pair"), IMPLICIT)))
                .orElse(List.of());
    }

    private static boolean isMutual(Syntax syntax, Hit hit, String code) {
        return hit.trigger().has(Trigger.Flag.MUTUAL)
                || isReciprocal(syntax, hit) && (isConflict(code) || isMutualRelease(code));
    }

    /**
     * "Colombian and Venezuelan troops fought", "soldiers of the two armies clashed": a conflict act of several
     * agents without a target is done by each on the other, so its two directions are two events.
     */
    private static boolean isConflictOfSeveralAgents(Hit hit, ArgumentFinder.Roles roles, String code) {
        return isConflict(code) && roles.targets().isEmpty() && !hit.trigger().has(Trigger.Flag.JOINT)
                && roles.agents().stream().map(Party::code).distinct().count() >= 2;
    }

    private static boolean isReciprocal(Syntax syntax, Hit hit) {
        SentenceView view = syntax.view();
        int start = syntax.clauses().start(hit.start());
        int end = syntax.clauses().end(hit.start());
        for (int i = start; i < end; i++) {
            if (syntax.words().match(view.lower(), i, WordClass.RECIPROCAL) > 0) {
                return true;
            }
        }
        return false;
    }

    /** "Chile and Bolivia exchanged prisoners": a release of persons or property both ways (0841, 0842). */
    private static boolean isMutualRelease(String code) {
        return code.startsWith("084");
    }

    private static boolean isConflict(String code) {
        return code.compareTo("10") >= 0;
    }

    /** The sentence as evidence, quoting the trigger's clause (or a window of it when the clause is long). */
    private static Evidence evidence(Syntax syntax, Hit hit) {
        SentenceView view = syntax.view();
        AnalysedSentence s = view.analysed();
        int from = syntax.clauses().start(hit.start());
        int to = syntax.clauses().end(hit.start()) - 1;
        while (to > from && view.token(to).type() == org.entente.extraction.text.Token.Type.PUNCT) {
            to--;
        }
        String quote = view.text(from, to);
        if (quote.length() > QUOTE_LIMIT) {
            from = Math.max(from, hit.start() - QUOTE_BEFORE);
            to = Math.min(to, hit.end() + QUOTE_AFTER);
            quote = view.text(from, to);
            while (quote.length() > QUOTE_LIMIT && to > hit.end()) {
                to--;
                quote = view.text(from, to);
            }
            if (quote.length() > QUOTE_LIMIT) {
                quote = quote.substring(0, QUOTE_LIMIT);
            }
        }
        return new Evidence(quote, s.sentence().text(), s.sentence().start(), s.sentence().end(),
                s.sentence().index());
    }
}
