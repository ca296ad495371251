package org.entente.extraction.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.entente.extraction.FuzzyDate;
import org.entente.extraction.actor.DocumentActors.StatePair;
import org.entente.extraction.agreement.AgreementLexicon.Use;
import org.entente.extraction.agreement.AgreementLexicon.WordClass;
import org.entente.extraction.agreement.AgreementMemory.Entity;
import org.entente.extraction.analysis.AnalysedSentence;
import org.entente.extraction.analysis.Article;
import org.entente.extraction.text.Sentence;
import org.entente.extraction.time.TimeContext;

/**
 * The agreement coder: finds the agreements an article states between states and their statuses (proposed,
 * signed, in force, stalled, withdrawn, ended), and the {@code 057} events of the signings it reports.
 *
 * <p>A cascade: a sentence without a word of {@code agreement-nouns.tsv} or an order of goods costs one scan of its
 * lower-case text; the others are tokenised and read by {@link PhraseReader}, {@link CueReader} and
 * {@link StatementReader}. Mentions of one agreement ("the Baghdad Pact", "CENTO", "the military alliance") are
 * tied together by an {@link AgreementMemory} per article, and each agreement and status is one fact with every
 * statement of it as evidence.
 *
 * <p>Parties are the states the clause names as such: in the phrase ("the Iran–Pakistan pipeline agreement",
 * "between A and B"), as its subject ("A and B signed"), after "with", or those of the agreement referred back to.
 * A clause that names fewer takes the other states it names; a sentence that names none continues the previous
 * sentence of its paragraph; a pronoun subject ("they signed ... with Iran") is the article's other main state.
 * Plural agreements with several states after "with" are one agreement with each.
 *
 * <p>Thread-safe; the dictionaries are loaded once and shared.
 */
public final class AgreementCoder {

    private static final double CONFIDENT = 0.8;
    private static final double INFERRED = 0.6;

    private final AgreementLexicon lexicon;
    private final PhraseReader phrases;
    private final CueReader cues;
    private final StatementReader statements;
    private final PartyFinder partyFinder;
    private final SigningEvents signingEvents;

    /** A coder with the built-in dictionaries. */
    public AgreementCoder() {
        this.lexicon = AgreementLexicon.standard();
        this.phrases = new PhraseReader(lexicon);
        this.cues = new CueReader(lexicon);
        this.statements = new StatementReader(lexicon);
        this.partyFinder = new PartyFinder(lexicon);
        this.signingEvents = new SigningEvents();
    }

    /** The agreements and signing events of an analysed article. */
    public AgreementCoding code(Article article) {
        AgreementMemory memory = new AgreementMemory(lexicon);
        FuzzyDate publication = TimeContext.of(article.published()).publication();
        AgreementFacts facts = new AgreementFacts(publication);
        Optional<StatePair> mainPair = article.actors().mainPair();
        Set<String> previous = Set.of();
        int previousParagraph = -1;
        for (AnalysedSentence s : article.sentences()) {
            Sentence sentence = s.sentence();
            Set<String> before = sentence.paragraph() == previousParagraph ? previous : Set.of();
            if (!sentence.heading() && mayState(sentence.text(), memory)) {
                SentenceWords words = new SentenceWords(s, article.text(), lexicon, publication);
                new SentenceCoding(words, memory, facts, before, mainPair).run();
            }
            previous = states(s);
            previousParagraph = sentence.paragraph();
        }
        return new AgreementCoding(facts.agreements(), facts.signings(signingEvents));
    }

    /**
     * Whether the sentence holds a word that can start an agreement phrase or an order, or, once the article has
     * named an agreement, its acronym or a status word ("Russia renounced them"). One pass over the characters.
     */
    private boolean mayState(String text, AgreementMemory memory) {
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
                end++;
            }
            if (lexicon.isKeyword(text, i, end) || !memory.isEmpty() && (lexicon.isStatusKeyword(text, i, end)
                    || !memory.acronyms().isEmpty() && memory.acronyms().containsKey(text.substring(i, end)))) {
                return true;
            }
            i = end;
        }
        return false;
    }

    private static Set<String> states(AnalysedSentence s) {
        Set<String> codes = new LinkedHashSet<>();
        s.actors().stream().filter(m -> m.isState() && m.code() != null).forEach(m -> codes.add(m.code()));
        return codes;
    }

    /** The coding of one sentence. */
    private final class SentenceCoding {
        private final SentenceWords words;
        private final AgreementMemory memory;
        private final AgreementFacts facts;
        private final Set<String> previousStates;
        private final Optional<StatePair> mainPair;

        SentenceCoding(SentenceWords words, AgreementMemory memory, AgreementFacts facts, Set<String> previousStates,
                       Optional<StatePair> mainPair) {
            this.words = words;
            this.memory = memory;
            this.facts = facts;
            this.previousStates = previousStates;
            this.mainPair = mainPair;
        }

        void run() {
            List<AgreementPhrase> found = phrases.read(words, memory.acronyms());
            List<Cue> cueList = cues.read(words, found);
            if (found.isEmpty() && cueList.isEmpty()) {
                return;
            }
            linkAliases(found);
            AgreementPhrase frame = frame(found);
            FuzzyDate frameDate = frame == null ? null : frameDate(frame);
            for (Statement s : statements.read(words, found, cueList)) {
                boolean framed = frameDate != null && s.date() == null && !s.bare() && s.phrase() != frame
                        && words.clauseStart(s.quoteLast()) == 0;
                record(framed ? s.withDate(frameDate) : s);
            }
        }

        /**
         * The agreement a sentence opens in, whose time dates what the sentence's main clause tells without a date
         * of its own (not a relative clause after it: "which had lain dormant since ..." tells an earlier time) ("Under the accord, the two states also agreed to revive ...", "As part
         * of the deal, ..."), or null.
         */
        private AgreementPhrase frame(List<AgreementPhrase> found) {
            int length = lexicon.phraseAt(words.lower(), 0, WordClass.FRAME);
            return length > 0 && !found.isEmpty() && found.get(0).start() == length ? found.get(0) : null;
        }

        /**
         * The time of the agreement a sentence opens in, when the article named it before with a date: what the
         * sentence tells without a date of its own happened then, as part of it.
         */
        private FuzzyDate frameDate(AgreementPhrase frame) {
            Entity known = memory.known(frame);
            return known == null ? null : facts.lastDate(known);
        }

        /** "X or Y", "X, which was renamed Y", "X (later Y)": two names of one agreement. */
        private void linkAliases(List<AgreementPhrase> found) {
            for (int k = 0; k + 1 < found.size(); k++) {
                AgreementPhrase a = found.get(k);
                AgreementPhrase b = found.get(k + 1);
                if (a.name() != null && b.name() != null && aliasGap(a.end() + 1, b.start())) {
                    memory.alias(a, b);
                }
            }
        }

        private boolean aliasGap(int from, int to) {
            boolean alias = false;
            for (int k = from; k < to; k++) {
                String w = words.lower(k);
                int length = lexicon.phraseAt(words.lower(), k, WordClass.ALIAS);
                if (length > 0) {
                    alias = true;
                    k += length - 1;
                } else if (!(lexicon.is(w, WordClass.BE) || lexicon.is(w, WordClass.ADVERB)
                        || lexicon.is(w, WordClass.CLAUSE) || words.punct(k, ',') || words.punct(k, '(')
                        || words.punct(k, ')') || w.equals("to"))) {
                    return false;
                }
            }
            return alias;
        }

        private void record(Statement s) {
            AgreementPhrase p = s.phrase();
            Statement.Parties named = s.parties();
            Set<String> with = new LinkedHashSet<>(named.with());
            Set<String> parties = new TreeSet<>(named.named());
            if (named.group()) {
                Set<String> group = partyFinder.named(words, 0, p.start());
                group.removeAll(named.subject());
                parties.addAll(group);
                if (with.isEmpty()) {
                    with.addAll(group);
                }
            }
            if (p.noun().plural() && with.size() >= 2 && named.subject().size() <= 1) {
                recordEach(s, with);
                return;
            }
            Entity known = s.bare() ? facts.signedIn(parties, s.date(), p.type()) : null;
            if (known == null) {
                known = memory.known(p);
            }
            if (known == null && p.noun().use() == Use.ANAPHOR) {
                return;
            }
            boolean explicit = parties.size() >= 2;
            if (known != null && parties.size() < 2) {
                parties.addAll(known.parties());
            }
            if (!named.nonState()) {
                complete(s, parties);
            }
            if (parties.size() < 2) {
                return;
            }
            Entity e = memory.record(p, known, parties);
            String context = domainNear(p);
            if (context != null) {
                memory.contextDomain(e, context);
            }
            facts.add(e, s, parties, words, explicit || known != null ? CONFIDENT : INFERRED);
        }

        /**
         * The domain word of the sentence nearest the phrase ("the dispute over the dam ... was settled by the
         * Tripartite Agreement"), or null: what the agreement is about when its own words do not say.
         */
        private String domainNear(AgreementPhrase p) {
            String best = null;
            int distance = Integer.MAX_VALUE;
            for (int k = 0; k < words.size(); k++) {
                WordTable.Match<AgreementLexicon.DomainCue> m = lexicon.domains().at(words.lower(), k);
                if (m == null) {
                    continue;
                }
                int d = k < p.start() ? p.start() - k : k - p.end();
                if (d < distance) {
                    distance = d;
                    best = m.value().domain();
                }
                k += m.length() - 1;
            }
            return best;
        }

        /** "concluded contracts with Russia, China and Iran": one agreement with each. */
        private void recordEach(Statement s, Set<String> with) {
            Set<String> subjects = s.parties().subject();
            String subject = subjects.size() == 1 ? subjects.iterator().next() : otherMainState(with);
            if (subject == null) {
                return;
            }
            for (String other : with) {
                if (!other.equals(subject)) {
                    Set<String> pair = new TreeSet<>(List.of(subject, other));
                    facts.add(memory.record(s.phrase(), null, pair), s, pair, words, INFERRED);
                }
            }
        }

        /**
         * Fills in parties the sentence leaves implicit. With none named: the states the clause names, else the
         * sentence, else the previous sentence of the paragraph when this one names none. With fewer than two: the
         * states of a relative clause right after the agreement ("the Budapest Memorandum, in which A, B and C gave D
         * assurances"). With one: the article's other main state when the other side is a pronoun ("they signed
         * ... with Iran", "its treaty with X"), unnamed, or signed with the one named.
         */
        private void complete(Statement s, Set<String> parties) {
            AgreementPhrase p = s.phrase();
            if (parties.isEmpty()) {
                parties.addAll(partyFinder.named(words, words.clauseStart(s.quoteFirst()),
                        words.clauseEnd(s.quoteLast())));
            }
            int relative = words.clauseEnd(p.end());
            if (parties.size() < 2 && relative < words.size() && relative <= p.complementEnd() + 2
                    && lexicon.is(words.lower(relative), WordClass.RELATIVE)) {
                parties.addAll(partyFinder.named(words, relative, words.clauseEnd(relative)));
            }
            if (parties.isEmpty()) {
                parties.addAll(partyFinder.named(words, 0, words.size()));
            }
            if (parties.isEmpty()) {
                parties.addAll(previousStates); // also when the sentence names states only as places or foes
            }
            Statement.Parties named = s.parties();
            boolean possessive = p.determiner() != null && lexicon.is(p.determiner(), WordClass.POSSESSIVE);
            if (parties.size() == 1 && (named.pronoun() || possessive || named.subject().isEmpty() || s.signing())) {
                String other = otherMainState(parties);
                if (other != null) {
                    parties.add(other);
                }
            }
        }

        /** The one state of the article's main pair not among {@code codes}, or null. */
        private String otherMainState(Set<String> codes) {
            if (mainPair.isEmpty()) {
                return null;
            }
            List<String> outside = new ArrayList<>(2);
            for (String code : List.of(mainPair.get().first(), mainPair.get().second())) {
                if (!codes.contains(code)) {
                    outside.add(code);
                }
            }
            return outside.size() == 1 ? outside.get(0) : null;
        }
    }
}
