package org.entente.extraction.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.entente.extraction.FuzzyDate;
import org.entente.extraction.actor.ActorMention;
import org.entente.extraction.text.Tsv;
import org.entente.extraction.time.TimeMention;

/**
 * The parties of an agreement that a condemnation or a rejection is aimed at: a state that condemns, denounces or
 * rejects a pact of other states acts against each of them, one event per party.
 *
 * <ul>
 *   <li>the agreement as the verb's object: "condemned the memorandum that Turkey signed with Libya", "rejected the
 *       treaty between Chile and Bolivia", "denounced the Serbian-Hungarian pipeline deal": the states named in the
 *       object's noun phrase and in the phrase or relative clause after its head, up to the next comma or
 *       semicolon;</li>
 *   <li>the agreement as the antecedent of an object relative clause: "Greece and Egypt signed an accord, which
 *       Ankara dismissed as null and void": the states of the clause that names the agreement, before the
 *       relative pronoun.</li>
 * </ul>
 * The agreement nouns are those of the agreement stage ({@code agreement/agreement-nouns.tsv}); the acting state is
 * never its own target.
 */
final class AgreementObject {

    private static final Set<String> NOUNS = loadNouns();
    private static final int MODIFIER_WORDS = 5;
    private static final int AFTER_HEAD_WORDS = 25;
    private static final int ANTECEDENT_WORDS = 10;
    private static final double PARTY_CERTAINTY = 0.8;

    private AgreementObject() {
    }

    /** The parties, other than {@code agent}, of the agreement that the verb {@code hit} condemns or rejects. */
    static List<Party> parties(Syntax syntax, Hit hit, Party agent) {
        int[] span = agreementSpan(syntax, hit);
        return span == null ? List.of() : states(syntax, span[0], span[1], agent);
    }

    /** Whether the verb {@code hit} condemns or rejects an agreement ("criticised the agreement"), named or not. */
    static boolean isAimedAtAnAgreement(Syntax syntax, Hit hit) {
        return agreementSpan(syntax, hit) != null;
    }

    /**
     * "condemned a memorandum that Turkey signed in November 2019": the year of the first date in the condemned
     * agreement's phrase (a reaction follows the act it answers, most often within its year), or null.
     */
    static FuzzyDate yearOfAgreement(Syntax syntax, Hit hit) {
        int[] span = agreementSpan(syntax, hit);
        if (span == null) {
            return null;
        }
        for (int i = span[0]; i < span[1]; i++) {
            TimeMention time = syntax.view().timeAt(i);
            if (time != null && time.date() != null) {
                return FuzzyDate.ofYear(time.date().year());
            }
        }
        return null;
    }

    /** The tokens that name the agreement the verb {@code hit} acts on and its parties, or null when it has none. */
    private static int[] agreementSpan(Syntax syntax, Hit hit) {
        if (!hit.isVerb() || syntax.isPassive(hit)) {
            return null;
        }
        int head = headAfter(syntax, hit.end());
        if (head >= 0) {
            return new int[] {hit.end(), phraseEnd(syntax, head)};
        }
        int pronoun = objectRelativePronoun(syntax, hit);
        int noun = pronoun < 0 ? -1 : agreementNounBefore(syntax, pronoun);
        return noun < 0 ? null : new int[] {syntax.clauses().start(noun), pronoun};
    }

    /** The index of the agreement noun heading the noun phrase that starts at {@code from}, or -1. */
    private static int headAfter(Syntax syntax, int from) {
        SentenceView view = syntax.view();
        for (int i = from; i < Math.min(view.size(), from + MODIFIER_WORDS); i++) {
            if (isAgreementNoun(view, i)) {
                return i;
            }
            if (view.slotAt(i) == null && !syntax.isNounPhraseWord(i) && !view.isPunct(i, "-")) {
                return -1;
            }
        }
        return -1;
    }

    /** Where the agreement's phrase ends: the next comma, semicolon or colon after its head, or a word limit. */
    private static int phraseEnd(Syntax syntax, int head) {
        SentenceView view = syntax.view();
        int end = Math.min(view.size(), head + AFTER_HEAD_WORDS);
        for (int i = head + 1; i < end; i++) {
            if (view.isPunct(i, ",") || view.isPunct(i, ";") || view.isPunct(i, ":")) {
                return i;
            }
        }
        return end;
    }

    /**
     * "..., which Ankara dismissed": the relative pronoun of an object relative clause (its subject stands between
     * the pronoun and the verb), or -1 when the verb is not in one.
     */
    private static int objectRelativePronoun(Syntax syntax, Hit hit) {
        Clauses.Clause clause = syntax.clauses().clauseAt(hit.start());
        if (clause.opener() != Clauses.Opener.RELATIVE || clause.openerAt() < 0) {
            return -1;
        }
        for (int i = clause.openerAt() + 1; i < hit.start(); i++) {
            if (syntax.view().slotAt(i) != null) {
                return clause.openerAt();
            }
        }
        return -1;
    }

    /** The nearest agreement noun before the relative pronoun at {@code pronoun}, within a few words, or -1. */
    private static int agreementNounBefore(Syntax syntax, int pronoun) {
        SentenceView view = syntax.view();
        for (int i = pronoun - 1; i >= Math.max(0, pronoun - ANTECEDENT_WORDS); i--) {
            if (view.isPunct(i, ";") || view.isPunct(i, ":")) {
                return -1;
            }
            if (isAgreementNoun(view, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAgreementNoun(SentenceView view, int i) {
        return NOUNS.contains(view.lower(i))
                || i + 1 < view.size() && NOUNS.contains(view.lower(i) + " " + view.lower(i + 1));
    }

    /** The states named in tokens {@code from..to}, each once, without {@code agent}. */
    private static List<Party> states(Syntax syntax, int from, int to, Party agent) {
        List<Party> parties = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(agent.code());
        for (Slot slot : syntax.view().slots()) {
            if (slot.first() < from || slot.first() >= to || !slot.isActor() || slot.isNonState()) {
                continue;
            }
            for (ActorMention mention : slot.mentions()) {
                if (mention.code() != null && !mention.code().equals("IGO") && seen.add(mention.code())) {
                    parties.add(new Party(mention.code(), mention.toActorRef(), PARTY_CERTAINTY));
                }
            }
        }
        return parties;
    }

    private static Set<String> loadNouns() {
        Set<String> nouns = new HashSet<>();
        for (String[] row : Tsv.read(AgreementObject.class, "/org/entente/extraction/agreement/agreement-nouns.tsv",
                "form", "type", "plural", "use", "domain")) {
            if (!row[3].equals("anaphor")) {
                nouns.add(row[0]);
            }
        }
        return Set.copyOf(nouns);
    }
}
