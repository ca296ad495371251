package org.entente.extraction.analysis;

import java.util.ArrayList;
import java.util.List;

import org.entente.extraction.FuzzyDate;
import org.entente.extraction.PublicationDate;
import org.entente.extraction.actor.ActorMention;
import org.entente.extraction.actor.ActorResolver;
import org.entente.extraction.actor.DocumentActors;
import org.entente.extraction.text.LowerForms;
import org.entente.extraction.text.Sentence;
import org.entente.extraction.text.SentenceSplitter;
import org.entente.extraction.text.Token;
import org.entente.extraction.text.Tokenizer;
import org.entente.extraction.time.TimeContext;
import org.entente.extraction.time.TimeFinder;
import org.entente.extraction.time.TimeMention;

/**
 * Runs the cheap, whole-article stages once: sentences, tokens, actors (with the document's memory) and time expressions,
 * walking the sentences in order so that relative dates resolve against the publication date and the dates the text
 * has already given. Thread-safe; holds only immutable, shared stages.
 */
public final class ArticleAnalyser {

    private final SentenceSplitter splitter;
    private final Tokenizer tokenizer;
    private final ActorResolver actors;
    private final TimeFinder times;

    public ArticleAnalyser(SentenceSplitter splitter, Tokenizer tokenizer, ActorResolver actors, TimeFinder times) {
        this.splitter = splitter;
        this.tokenizer = tokenizer;
        this.actors = actors;
        this.times = times;
    }

    /** Analyses a normalised text. */
    public Article analyse(String name, String text, PublicationDate published) {
        List<Sentence> sentences = splitter.split(text);
        DocumentActors documentActors = actors.document(text);
        List<ActorMention> all = documentActors.mentions();
        TimeContext context = TimeContext.of(published);
        List<AnalysedSentence> analysed = new ArrayList<>(sentences.size());
        int next = 0;
        for (Sentence s : sentences) {
            while (next < all.size() && all.get(next).start() < s.start()) {
                next++;
            }
            int from = next;
            while (next < all.size() && all.get(next).start() < s.end()) {
                next++;
            }
            List<ActorMention> inside = all.subList(from, next).stream().filter(m -> m.end() <= s.end()).toList();
            FuzzyDate paragraphDate = context.lastInParagraph();
            FuzzyDate documentDate = context.lastInDocument();
            if (s.index() > 0 && s.paragraph() != sentences.get(s.index() - 1).paragraph()) {
                paragraphDate = null;
            }
            List<Token> tokens = tokenizer.tokenize(text, s.start(), s.end());
            String[] lower = LowerForms.of(tokens);
            List<TimeMention> resolved = context.resolve(s, times.find(text, tokens, lower));
            analysed.add(new AnalysedSentence(s, tokens, inside, resolved, paragraphDate, documentDate, List.of(lower)));
        }
        return new Article(name, text, published, analysed, documentActors);
    }
}
