package org.entente.extraction.event;

import java.util.Set;

/**
 * Whether an act of force or coercion whose target the sentence leaves unnamed is aimed at the other side of the
 * conflict the article is about: "Azerbaijan launched a large-scale offensive along the line of contact", "the
 * army massed troops at several points in the east", "Greece closed its land border at the river", "it seized
 * the boats", "Cairo warned that it would not stand idly by". The writer names the opponent once and then leaves
 * it out; the coder supplies it from the article's main pair (only when the agent is one of its states).
 *
 * <ul>
 *   <li>a verb coded as a show of force or a mobilisation (15), a reduction of relations or a sanction (16), a
 *       seizure or act of coercion (17), or a use of force (19);</li>
 *   <li>a noun coded so when a verb launches it ("launched an offensive", "mounted an attack"): the light verb
 *       makes the noun the agent's act, while a bare noun ("the invasion") may be any past war;</li>
 *   <li>a threat or warning (13) whose content is a clause ("warned that ...");</li>
 *   <li>a lawsuit (115) told by an active verb ("took the dispute to the International Court of Justice");</li>
 *   <li>a demand (10) told by an active verb right after its subject ("Nigeria demanded an apology"); not a
 *       disapproval or rejection (11, 12), which an article aims at many others (groups, rulings, claims);</li>
 *   <li>not in a relative clause whose pronoun is the verb's object ("which Portugal had occupied");</li>
 *   <li>never for an act that needs an envoy or a person as its target: without one it is no state act.</li>
 * </ul>
 */
final class ImpliedOpponent {

    private static final Set<String> FORCE_ROOTS = Set.of("15", "16", "17", "19");
    private static final Set<String> LAUNCHING_VERBS = Set.of("launched", "launches", "launch", "mounted",
            "mounts", "began", "begins", "started", "starts", "staged", "stages", "opened", "opens", "unleashed");
    private static final int NOUN_PHRASE_WORDS = 4;

    private ImpliedOpponent() {
    }

    /** Whether the act of {@code hit}, coded {@code code}, without a named target, aims at the other side. */
    static boolean aimsAtTheOtherSide(Syntax syntax, Hit hit, String code) {
        if (code.length() < 2) {
            return false;
        }
        String root = code.substring(0, 2);
        if (code.equals("115")) {
            return hit.isVerb() && !syntax.isPassive(hit); // "Cameroon took the dispute to the court": a suit has a defendant
        }
        if (root.equals("10")) {
            return hit.isVerb() && hasSubjectRightBefore(syntax, hit) && !isInObjectRelative(syntax, hit);
        }
        if (root.equals("13")) {
            return hit.isVerb() && hit.end() < syntax.view().size()
                    && syntax.view().lower(hit.end()).equals("that");
        }
        if (!FORCE_ROOTS.contains(root) || hit.trigger().has(Trigger.Flag.ENVOY)
                || hit.trigger().has(Trigger.Flag.PERSON)) {
            return false; // "expelled Russian journalists": no envoy, so no diplomatic act at all
        }
        return hit.isVerb() ? !syntax.isPassive(hit) && !isInObjectRelative(syntax, hit) : isLaunched(syntax, hit);
    }

    /**
     * "Nigeria demanded", "Nigeria on Tuesday demanded": a verb told of the state named right before it (adverbs and
     * times between); not a participle describing a noun ("the compensation demanded by the families").
     */
    private static boolean hasSubjectRightBefore(Syntax syntax, Hit hit) {
        int i = hit.start() - 1;
        while (i >= 0 && (syntax.is(i, WordClass.ADVERB) || syntax.view().timeAt(i) != null)) {
            i--;
        }
        return i >= 0 && syntax.view().slotAt(i) != null && !syntax.isPassive(hit);
    }

    /**
     * "the territory which Portugal had occupied": in a relative clause whose subject stands after the pronoun,
     * the pronoun is the verb's object, so the target is the thing it stands for, not the other side.
     */
    private static boolean isInObjectRelative(Syntax syntax, Hit hit) {
        Clauses.Clause clause = syntax.clauses().clauseAt(hit.start());
        if (clause.opener() != Clauses.Opener.RELATIVE) {
            return false;
        }
        for (int i = clause.openerAt() + 1; i < hit.start(); i++) {
            if (syntax.view().slotAt(i) != null) {
                return true;
            }
        }
        return false;
    }

    /** "launched a large-scale offensive", "mounted an attack": the noun is the object of a launching verb. */
    private static boolean isLaunched(Syntax syntax, Hit hit) {
        int i = hit.start() - 1;
        int words = 0;
        while (i >= 0 && words < NOUN_PHRASE_WORDS && syntax.isNounPhraseWord(i)
                && syntax.view().slotAt(i) == null && !LAUNCHING_VERBS.contains(syntax.view().lower(i))) {
            i--;
            words++;
        }
        return i >= 0 && LAUNCHING_VERBS.contains(syntax.view().lower(i));
    }
}
