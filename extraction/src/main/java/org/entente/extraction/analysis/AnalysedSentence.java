package org.entente.extraction.analysis;

import java.util.List;

import org.entente.extraction.FuzzyDate;
import org.entente.extraction.actor.ActorMention;
import org.entente.extraction.text.LowerForms;
import org.entente.extraction.text.Sentence;
import org.entente.extraction.text.Token;
import org.entente.extraction.time.TimeMention;

/**
 * One sentence with what the cheap stages found in it, computed once per article and shared by the fact coders.
 *
 * @param sentence       the sentence (offsets into the normalised text)
 * @param tokens         its tokens (the stages share one tokenisation)
 * @param actors         actor mentions inside it, in text order (states, IGOs, non-state groups, locations,
 *                       and references such as "the two countries" resolved to the document's pair)
 * @param times          time expressions inside it, relative ones resolved where the article allows
 * @param paragraphDate  the last date the text gave in this paragraph before this sentence, or null
 * @param documentDate   the last date the text gave anywhere before this sentence, or null
 * @param lower          the lower-case text of each token, computed once for every stage ({@link LowerForms})
 */
public record AnalysedSentence(Sentence sentence, List<Token> tokens, List<ActorMention> actors, List<TimeMention> times,
                               FuzzyDate paragraphDate, FuzzyDate documentDate, List<String> lower) {

    public AnalysedSentence {
        tokens = List.copyOf(tokens);
        actors = List.copyOf(actors);
        times = List.copyOf(times);
        lower = List.copyOf(lower);
        if (lower.size() != tokens.size()) {
            throw new IllegalArgumentException("one lower-case form per token");
        }
    }

    /** A sentence whose lower-case token forms are computed here. */
    public AnalysedSentence(Sentence sentence, List<Token> tokens, List<ActorMention> actors, List<TimeMention> times,
                            FuzzyDate paragraphDate, FuzzyDate documentDate) {
        this(sentence, tokens, actors, times, paragraphDate, documentDate, List.of(LowerForms.of(tokens)));
    }

    /** Number of distinct states named (or referred to) in the sentence. */
    public long distinctStates() {
        return actors.stream().filter(ActorMention::isState).map(ActorMention::code).distinct().count();
    }
}
