package org.entente.extraction.event;

import java.util.ArrayList;
import java.util.List;

import org.entente.extraction.ActorRef;
import org.entente.extraction.Evidence;
import org.entente.extraction.actor.DocumentActors;
import org.entente.extraction.analysis.AnalysedSentence;

/**
 * Codes the triggers of one sentence into {@link Candidate}s: reads each trigger's mood, sides, code and date, and
 * pairs the sides.
 *
 * <ul>
 *   <li>Pairs: every agent with every target. A joint act ("A and B signed", "the two countries held talks")
 *       without a separate target is one event for each pair of its agents, the first named as source. A mutual
 *       act (a trigger flagged so, or "each other", "tit-for-tat", "exchanged", "mutual" in the clause) is one
 *       event each way.</li>
 *   <li>Implicit sides, the only ones the coder supplies: a denial without a target answers the latest
 *       accusation against the denier; an act on a state's envoy or embassy (expulsion, summoning, raid) whose
 *       agent is not named is the other state of the document's main pair (the host).</li>
 *   <li>Codes: the trigger's code, replaced by what its refinement cues give; an intent gets the trigger's intent
 *       code.</li>
 *   <li>Confidence: the trigger's weight × the least certain side × the date's certainty (× 0.9 for an
 *       intent).</li>
 * </ul>
 */
final class SentenceCoder {

    private static final int QUOTE_LIMIT = 199;
    private static final int QUOTE_BEFORE = 12;
    private static final int QUOTE_AFTER = 16;
    private static final double IMPLICIT = 0.6;
    private static final double INTENT_FACTOR = 0.9;

    private final CameoTable cameo;
    private final Refinements refinements;
    private final EventDating dating;
    private final Accusations accusations;
    private final DocumentActors documentActors;

    SentenceCoder(CameoTable cameo, Refinements refinements, EventDating dating, Accusations accusations,
                  DocumentActors documentActors) {
        this.cameo = cameo;
        this.refinements = refinements;
        this.dating = dating;
        this.accusations = accusations;
        this.documentActors = documentActors;
    }

    List<Candidate> code(Syntax syntax, List<Hit> hits, ArgumentFinder finder) {
        Modality modality = new Modality(syntax, hits);
        List<Candidate> candidates = new ArrayList<>();
        for (Hit hit : hits) {
            ArgumentFinder.Roles roles = finder.roles(hit);
            Mood mood = modality.of(hit);
            if (mood == Mood.NONE || roles.blocked()) {
                continue;
            }
            List<String> codes = codes(syntax, hit, hits, mood);
            if (codes.isEmpty()) {
                continue;
            }
            EventDating.Dated dated = dating.date(syntax, hit, hits, mood);
            Evidence evidence = evidence(syntax, hit);
            for (String code : codes) {
                for (Party[] pair : pairs(syntax, hit, roles, code)) {
                    double certainty = Math.min(pair[0].certainty(), pair[1].certainty());
                    double confidence = hit.trigger().weight() * certainty * dated.certainty()
                            * (mood == Mood.INTENT ? INTENT_FACTOR : 1.0);
                    Cameo entry = cameo.get(code);
                    candidates.add(new Candidate(pair[0].code(), pair[1].code(), entry, dated.date(), evidence,
                            confidence, List.of(pair[0].ref(), pair[1].ref())));
                    if (code.startsWith("112")) {
                        accusations.add(pair[0], pair[1].code());
                    }
                }
            }
        }
        return candidates;
    }

    private List<String> codes(Syntax syntax, Hit hit, List<Hit> hits, Mood mood) {
        Trigger trigger = hit.trigger();
        if (mood == Mood.INTENT) {
            return trigger.intent() == null ? List.of() : List.of(trigger.intent());
        }
        List<String> refined = List.of();
        if (trigger.refine() != null) {
            int[] scope = refinementScope(syntax, hit, hits);
            refined = refinements.codes(trigger.refine(), syntax.view().lower(), scope[0], scope[1]);
        }
        if (!refined.isEmpty()) {
            return refined;
        }
        return trigger.code() == null ? List.of() : List.of(trigger.code());
    }

    /**
     * Where a trigger's cues may stand: from the start of a noun's phrase ("firm military and financial support")
     * to the end of the clause, or to the next verb trigger unless the trigger takes a content clause ("agreed to
     * cooperate in trade").
     */
    private static int[] refinementScope(Syntax syntax, Hit hit, List<Hit> hits) {
        int from = hit.start();
        if (!hit.isVerb()) {
            while (from - 1 >= 0 && from > hit.start() - 5 && syntax.isNounPhraseWord(from - 1)) {
                from--;
            }
        }
        int to = syntax.clauses().end(hit.start());
        if (!hit.trigger().has(Trigger.Flag.CONTENT)) {
            for (Hit other : hits) {
                if (other.isVerb() && other.start() >= hit.end() && other.start() < to) {
                    to = other.start();
                }
            }
        }
        return new int[] {from, to};
    }

    private List<Party[]> pairs(Syntax syntax, Hit hit, ArgumentFinder.Roles roles, String code) {
        Trigger trigger = hit.trigger();
        List<Party> agents = roles.agents();
        List<Party> targets = roles.targets();
        if (targets.isEmpty() && agents.size() == 1 && trigger.has(Trigger.Flag.ACCUSATION)) {
            Party accuser = accusations.lastAccuserOf(agents.get(0).code());
            targets = accuser == null ? List.of() : List.of(accuser);
        }
        if (agents.isEmpty() && !targets.isEmpty() && actsOnEnvoyOrEmbassy(code)) {
            agents = implicitHost(targets.get(0));
        }
        List<Party[]> pairs = new ArrayList<>();
        if (targets.isEmpty() && trigger.has(Trigger.Flag.JOINT)) {
            for (int a = 0; a < agents.size(); a++) {
                for (int b = a + 1; b < agents.size(); b++) {
                    addPair(pairs, agents.get(a), agents.get(b));
                }
            }
        } else {
            for (Party agent : agents) {
                for (Party target : targets) {
                    addPair(pairs, agent, target);
                }
            }
        }
        if (trigger.has(Trigger.Flag.MUTUAL) || isReciprocal(syntax, hit) && isConflict(code)) {
            int n = pairs.size();
            for (int i = 0; i < n; i++) {
                addPair(pairs, pairs.get(i)[1], pairs.get(i)[0]);
            }
        }
        return pairs;
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
