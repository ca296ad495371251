package org.entente.extraction.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.entente.extraction.Event;
import org.entente.extraction.actor.ActorMention;
import org.entente.extraction.actor.Kind;
import org.entente.extraction.analysis.AnalysedSentence;
import org.entente.extraction.analysis.Article;
import org.entente.extraction.text.Token;

/**
 * The event coder: CAMEO-coded interactions between states from an analysed article.
 *
 * <p>A cascade, so most sentences cost almost nothing: a sentence that is a heading, names no state or has no word
 * that can start a trigger (one pass over its characters) is skipped; the others are tokenised and looked up in
 * the trigger lexicon; only a sentence with a trigger has its clauses, arguments, mood and dates read. Statements of the same happening are then merged. See the package
 * documentation for the rules.
 *
 * <p>Immutable and thread-safe: build one with {@link #create()} (it loads the dictionaries) and share it.
 */
public final class EventCoder {

    /** How many first tokens of a sentence may hold its subject pronoun ("In October 2021 it ..."). */
    private static final int OPENING_TOKENS = 5;

    private final Words words;
    private final CameoTable cameo;
    private final Refinements refinements;
    private final TriggerLexicon lexicon;
    private final HitFinder hitFinder;

    private EventCoder(Words words, CameoTable cameo, Refinements refinements,
                       TriggerLexicon lexicon) {
        this.words = words;
        this.cameo = cameo;
        this.refinements = refinements;
        this.lexicon = lexicon;
        this.hitFinder = new HitFinder(lexicon);
    }

    /** A coder with the built-in dictionaries. */
    public static EventCoder create() {
        CameoTable cameo = CameoTable.load();
        Refinements refinements = Refinements.load(cameo);
        return new EventCoder(Words.load(), cameo, refinements,
                TriggerLexicon.load(cameo, refinements));
    }

    /** The events of an article, one per happening, in order of first statement. */
    public List<Event> code(Article article) {
        Antecedents antecedents = new Antecedents(article);
        SentenceCoder sentenceCoder = new SentenceCoder(cameo, refinements, new EventDating(article),
                new Accusations(), article.actors());
        List<Candidate> candidates = new ArrayList<>();
        List<Candidate> lastCoded = List.of();
        boolean pairKnown = article.actors().mainPair().isPresent();
        for (AnalysedSentence sentence : article.sentences()) {
            List<Candidate> coded = code(sentence, article, sentenceCoder, antecedents, pairKnown);
            List<Candidate> referred = Reciprocity.of(sentence, lastCoded, coded);
            candidates.addAll(coded);
            candidates.addAll(referred);
            if (!coded.isEmpty() || !referred.isEmpty()) {
                List<Candidate> both = new ArrayList<>(coded);
                both.addAll(referred);
                lastCoded = both;
            }
        }
        return new EventMerger().merge(candidates);
    }

    /** The candidates a sentence states itself; empty when the cascade skips it. */
    private List<Candidate> code(AnalysedSentence sentence, Article article, SentenceCoder sentenceCoder,
                                 Antecedents antecedents, boolean pairKnown) {
        boolean mayHold = mayHoldEvent(sentence, article);
        boolean pairTalks = !mayHold && pairKnown && (mayHoldTalksOfThePair(sentence)
                || mayHoldIntentOfThePair(sentence));
        if (!mayHold && !pairTalks || !lexicon.mayOccurIn(article.text(), sentence.sentence().start(),
                sentence.sentence().end())) {
            return List.of();
        }
        SentenceView view = new SentenceView(sentence, sentence.tokens(), words);
        List<Hit> hits = hitFinder.find(view);
        if (hits.isEmpty() || pairTalks && hits.stream().noneMatch(h -> isTalksNoun(h) || isMeetingNoun(h))) {
            return List.of();
        }
        Syntax syntax = new Syntax(view, Clauses.of(view, words), words, hits);
        return sentenceCoder.code(syntax, hits, new ArgumentFinder(syntax, hits, antecedents));
    }

    /**
     * Dated prose that names no actor but places ("Three rounds of talks followed in 2021", "Talks resumed in
     * Istanbul in January 2021"): it may state talks or a phone call of the document's pair.
     */
    private static boolean mayHoldTalksOfThePair(AnalysedSentence sentence) {
        if (sentence.sentence().heading() || sentence.times().isEmpty()) {
            return false;
        }
        for (ActorMention mention : sentence.actors()) {
            if (mention.kind() != Kind.LOCATION) {
                return false;
            }
        }
        return true;
    }

    /**
     * Prose that names no actor but tells what is to come ("officials said the ministries would continue talks",
     * "regular meetings are planned"): it may state an intent of the document's pair to meet or talk. One look-up
     * per word, only in sentences without actors.
     */
    private boolean mayHoldIntentOfThePair(AnalysedSentence sentence) {
        if (sentence.sentence().heading() || !sentence.actors().isEmpty()) {
            return false;
        }
        for (Token token : sentence.tokens()) {
            String lower = token.text().toLowerCase(Locale.ROOT);
            if (lower.equals("would") || words.is(lower, WordClass.FUTURE) || words.is(lower, WordClass.PROSPECTIVE)) {
                return true;
            }
        }
        return false;
    }

    /** A noun of meetings or summits ("regular meetings are planned"): an intent of the pair may name only it. */
    static boolean isMeetingNoun(Hit hit) {
        String code = hit.trigger().code();
        return !hit.isVerb() && code != null && code.equals("040") && hit.trigger().intent() != null;
    }

    /** A noun of talks or of a phone call: the only triggers whose sides the document's pair may supply. */
    static boolean isTalksNoun(Hit hit) {
        String code = hit.trigger().code();
        return !hit.isVerb() && code != null && (code.startsWith("041") || code.startsWith("046"));
    }

    /**
     * Prose that names a state or an international organisation, or, in an article about a pair of states, may hold
     * a trigger that stands for the pair without naming it ("relations were normalised in 1991").
     */
    private boolean mayHoldEvent(AnalysedSentence sentence, Article article) {
        if (sentence.sentence().heading()) {
            return false;
        }
        for (ActorMention mention : sentence.actors()) {
            if (mention.kind() == Kind.STATE || mention.kind() == Kind.IGO) {
                return true;
            }
        }
        return article.actors().mainPair().isPresent() && lexicon.pairTriggerMayOccurIn(article.text(),
                sentence.sentence().start(), sentence.sentence().end()) || opensWithPronoun(sentence);
    }

    /**
     * "They met again in 1980", "In October it stopped ...": a sentence whose subject is a pronoun among its first
     * words may hold an event of the states it refers to, though it names none.
     */
    private boolean opensWithPronoun(AnalysedSentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < Math.min(OPENING_TOKENS, tokens.size()); i++) {
            String lower = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (words.is(lower, WordClass.PERSON) || words.is(lower, WordClass.THING)
                    || words.is(lower, WordClass.PLURAL)) {
                return true;
            }
        }
        return false;
    }
}
