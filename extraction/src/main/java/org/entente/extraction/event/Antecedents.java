package org.entente.extraction.event;

import java.util.List;

import org.entente.extraction.actor.ActorMention;
import org.entente.extraction.actor.Kind;
import org.entente.extraction.analysis.AnalysedSentence;
import org.entente.extraction.analysis.Article;

/**
 * What a pronoun refers to, looked up in the article's actor mentions before it: "he", "she", "his", "her" are the
 * last leader or office holder named in the same sentence or the six before (a text goes on about a person with
 * pronouns); "it" and "its" the last state named
 * in the same sentence or the one before. Further back a pronoun is left unresolved: the risk of a wrong state is
 * worse than a missed event.
 */
final class Antecedents {

    private static final int PERSON_REACH = 6;
    private static final int STATE_REACH = 1;

    private final List<ActorMention> mentions;
    private final List<AnalysedSentence> sentences;

    Antecedents(Article article) {
        this.mentions = article.actors().mentions();
        this.sentences = article.sentences();
    }

    /** The person a "he", "his", "she" or "her" at {@code offset} in sentence {@code index} refers to, or null. */
    ActorMention person(int offset, int index) {
        return last(offset, index, PERSON_REACH, true, null);
    }

    /**
     * The person an object pronoun ("spoke to him", "met her") refers to: the last leader or office holder of a
     * state other than {@code notCode}, the state of the clause's agent (who cannot be his own object).
     */
    ActorMention otherPerson(int offset, int index, String notCode) {
        return last(offset, index, PERSON_REACH, true, notCode);
    }

    /** The state an "it" or "its" at {@code offset} in sentence {@code index} refers to, or null. */
    ActorMention state(int offset, int index) {
        return last(offset, index, STATE_REACH, false, null);
    }

    private ActorMention last(int offset, int index, int reach, boolean person, String notCode) {
        int from = sentences.get(Math.max(0, index - reach)).sentence().start();
        int i = lastBefore(offset);
        for (; i >= 0 && mentions.get(i).start() >= from; i--) {
            ActorMention m = mentions.get(i);
            if (m.kind() != Kind.STATE || m.reason().equals("coreference") || notCode != null && notCode.equals(m.code())) {
                continue;
            }
            boolean isPerson = m.reason().equals("leader") || m.reason().equals("office");
            if (!person || isPerson) {
                return m;
            }
        }
        return null;
    }

    /** Index of the last mention starting before {@code offset}, or -1. */
    private int lastBefore(int offset) {
        int lo = 0;
        int hi = mentions.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
