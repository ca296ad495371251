package org.entente.extraction.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.extraction.agreement.AgreementLexicon.DomainCue;
import org.entente.extraction.agreement.AgreementLexicon.Noun;
import org.entente.extraction.agreement.AgreementLexicon.Use;
import org.entente.extraction.agreement.AgreementLexicon.WordClass;
import org.entente.extraction.analysis.SentenceTokens.StateSpan;
import org.entente.extraction.analysis.SentenceTokens.TimeSpan;
import org.entente.extraction.actor.Kind;
import org.entente.extraction.FuzzyDate;
import org.entente.extraction.text.Chars;
import org.entente.extraction.text.Token;
import org.entente.extraction.time.TimeMention;

/**
 * Finds the noun phrases of a sentence that name agreements: a head noun from {@code agreement-nouns.tsv} (the
 * last of a compound: "Framework Agreement") with
 * its modifiers to the left (determiner, adjectives, nouns, states, a year, a quoted or capitalised name) and to
 * the right (an acronym in brackets, the "of ..." part of a name, and a complement up to the end of the clause:
 * "on cooperation in diplomacy training", "between A and B", ", a military alliance against ...").
 * Stateless and thread-safe.
 */
final class PhraseReader {

    /** Relative pronouns that a preposition before them takes into the relative clause ("under which"). */
    private static final Set<String> RELATIVE_AFTER_PREPOSITION = Set.of("which", "whom", "whose");

    /** How far modifiers may reach left of the head. */
    private static final int MAX_MODIFIERS = 8;
    /** How far a complement may reach right of the phrase. */
    private static final int MAX_COMPLEMENT = 16;

    private final AgreementLexicon lexicon;

    PhraseReader(AgreementLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The agreement phrases of the sentence, in text order.
     *
     * @param acronyms the acronyms of agreements the article has named, each with its type ("SEATO" → pact): on
     *                 their own they name those agreements
     */
    List<AgreementPhrase> read(SentenceWords words, Map<String, String> acronyms) {
        List<Draft> drafts = new ArrayList<>();
        String[] lower = words.lower();
        int i = 0;
        while (i < lower.length) {
            String type = words.token(i).isWord() ? acronyms.get(words.token(i).text()) : null;
            if (type != null) {
                drafts.add(acronym(words, i, type));
                i++;
                continue;
            }
            WordTable.Match<Noun> m = words.token(i).isWord() ? lexicon.nouns().at(lower, i) : null;
            if (m == null || lexicon.nouns().at(lower, i + m.length()) != null) {
                i++;
                continue;
            }
            Draft d = draft(words, i, i + m.length() - 1, m.value());
            if (d != null) {
                drafts.add(d);
                i = d.end + 1;
            } else {
                i += m.length();
            }
        }
        List<AgreementPhrase> phrases = new ArrayList<>(drafts.size());
        for (int k = 0; k < drafts.size(); k++) {
            int limit = k + 1 < drafts.size() ? drafts.get(k + 1).start : lower.length;
            phrases.add(drafts.get(k).complete(words, limit));
        }
        return withExampleDomains(words, phrases);
    }

    /**
     * "such regional security pacts as the Central Treaty Organization and ...": the examples of a generic phrase
     * take its domain when they have none of their own.
     */
    private List<AgreementPhrase> withExampleDomains(SentenceWords words, List<AgreementPhrase> phrases) {
        List<AgreementPhrase> out = new ArrayList<>(phrases);
        for (int k = 0; k < out.size(); k++) {
            AgreementPhrase generic = out.get(k);
            if (!generic.generic() || generic.domain() == null) {
                continue;
            }
            int gapStart = generic.end() + 1;
            for (int n = k + 1; n < out.size() && onlyListWords(words, gapStart, out.get(n).start()); n++) {
                if (out.get(n).domain() == null) {
                    out.set(n, out.get(n).withDomain(generic.domain()));
                }
                gapStart = out.get(n).end() + 1;
            }
        }
        return out;
    }

    private boolean onlyListWords(SentenceWords words, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = words.lower(k);
            if (!lexicon.is(w, WordClass.LIST) && !lexicon.is(w, WordClass.EXAMPLE)) {
                return false;
            }
        }
        return true;
    }

    /** A phrase before its complement is known. */
    private final class Draft {
        int start;
        final int headFirst;
        final int headLast;
        int end;
        final Noun noun;
        String determiner;
        int nameFirst = -1;
        int nameLast = -1;
        int attributive = -1;
        String acronym;

        Draft(int headFirst, int headLast, Noun noun) {
            this.start = headFirst;
            this.headFirst = headFirst;
            this.headLast = headLast;
            this.end = headLast;
            this.noun = noun;
        }

        AgreementPhrase complete(SentenceWords words, int limit) {
            FuzzyDate date = dateIn(words, start, headFirst);
            TimeSpan of = words.lower(end + 1).equals("of") ? timeAt(words, end + 2) : null;
            if (date == null && of != null && of.mention().date() != null) {
                date = of.mention().date();
                end = of.last();
            }
            int complementEnd = complementEnd(words, end + 1, limit);
            Set<String> parties = new LinkedHashSet<>();
            for (StateSpan s : words.states()) {
                if (s.first() >= start && s.last() <= end && !s.isCapital()) {
                    parties.addAll(s.codes());
                }
            }
            PartyScan scan = new PartyScan(lexicon, words, end + 1, complementEnd);
            parties.addAll(scan.parties());
            String name = nameFirst >= 0 ? words.text(nameFirst, nameLast) : null;
            DomainCue domain = firstDomain(words, start, complementEnd);
            boolean goods = hasGoods(words, start, headFirst);
            boolean generic = determiner != null && lexicon.is(determiner, WordClass.EXAMPLE)
                    || startsExamples(words, end + 1);
            return new AgreementPhrase(start, headFirst, headLast, end, complementEnd, noun, determiner, name,
                    acronym, date, Set.copyOf(parties), Set.copyOf(scan.withParties()),
                    scan.group(),
                    domain == null ? null : domain.domain(), goods, generic, attributive);
        }
    }

    /** An acronym standing alone for an agreement named before ("joined SEATO in 1954"). */
    private Draft acronym(SentenceWords words, int i, String type) {
        Draft d = new Draft(i, i, new Noun(type, false, Use.HEAD, null));
        if (lexicon.is(words.lower(i - 1), WordClass.DETERMINER)) {
            d.start = i - 1;
            d.determiner = words.lower(i - 1);
        }
        d.nameFirst = i;
        d.nameLast = i;
        return d;
    }

    private Draft draft(SentenceWords words, int headFirst, int headLast, Noun noun) {
        Draft d = new Draft(headFirst, headLast, noun);
        if (isVerbUse(words, headFirst) || isIdiom(words, headFirst, headLast) || insideActor(words, headFirst)) {
            return null;
        }
        readModifiers(words, d);
        readName(words, d);
        if (noun.use() == Use.NAMED && d.nameFirst < 0 && !signedObject(words, d.start)
                || d.nameFirst >= 0 && ofAnotherName(words, d.nameFirst)) {
            return null;
        }
        if (noun.use() == Use.ANAPHOR && d.nameFirst < 0 && d.determiner == null) {
            return null;
        }
        return d;
    }

    /**
     * Whether a phrase starting at {@code start} is the object of a verb of signing ("signed a declaration on ...",
     * "signed 36 cooperation documents"): then a noun that names an agreement only in a name names one there too.
     */
    private boolean signedObject(SentenceWords words, int start) {
        WordTable.Match<AgreementLexicon.StatusCue> m = lexicon.statuses().endingAt(words.lower(), start - 1);
        return m != null && m.value().signing() && m.value().form() == AgreementLexicon.Form.VERB;
    }

    /**
     * A head noun inside the name of a state, group or place ("the Government of National Accord"); an
     * organisation's name may be an agreement's ("the Baghdad Pact").
     */
    private static boolean insideActor(SentenceWords words, int head) {
        SentenceWords.OtherSpan other = words.otherAt(head);
        return words.stateAt(head) != null || other != null && other.kind() != Kind.IGO;
    }

    /**
     * Whether a name is the complement of another name ("the Government of National Accord", "the Party of the
     * Agreement"): it follows "of" after a capitalised word.
     */
    private static boolean ofAnotherName(SentenceWords words, int nameFirst) {
        int of = words.lower(nameFirst - 1).equals("the") ? nameFirst - 2 : nameFirst - 1;
        return words.lower(of).equals("of") && words.capitalised(of - 1);
    }

    /** Whether token {@code i} is a determiner or a number ("a 1998 general agreement"). */
    private boolean startsNounPhrase(SentenceWords words, int i) {
        return i >= 0 && (lexicon.is(words.lower(i), WordClass.DETERMINER)
                || words.token(i).type() == Token.Type.NUMBER);
    }

    /** "might deal with", "they accord": a head noun that is a verb here. */
    private boolean isVerbUse(SentenceWords words, int head) {
        if (!words.lower(head).equals("deal") && !words.lower(head).equals("accord")) {
            return false;
        }
        String before = words.lower(head - 1);
        return head == 0 || lexicon.is(before, WordClass.VERB) || lexicon.is(before, WordClass.PRONOUN)
                || words.stateAt(head - 1) != null && !words.lower(head - 2).equals("the");
    }

    /**
     * "in agreement with", "of its own accord", "there was general agreement": a head noun inside an idiom (not "a
     * 1998 general agreement on cooperation").
     */
    private boolean isIdiom(SentenceWords words, int headFirst, int headLast) {
        String before = words.lower(headFirst - 1);
        String after = words.lower(headLast + 1);
        return before.equals("in") && (after.equals("with") || after.equals("that"))
                || before.equals("own")
                || words.lower(headFirst).startsWith("agreement")
                && (before.equals("broad") || before.equals("general") || before.equals("mutual"))
                && !startsNounPhrase(words, headFirst - 2);
    }

    /** Extends the phrase left over its modifiers, up to and including a determiner. */
    private void readModifiers(SentenceWords words, Draft d) {
        int j = d.headFirst - 1;
        while (j >= 0 && d.headFirst - j <= MAX_MODIFIERS) {
            String w = words.lower(j);
            Token t = words.token(j);
            if (t.isWord() && lexicon.is(w, WordClass.DETERMINER)) {
                d.determiner = w;
                d.start = j;
                return;
            }
            if (t.isWord() && isAttributive(words, j)) {
                d.attributive = j;
                d.start = j;
                j--;
                continue;
            }
            boolean modifier = switch (t.type()) {
                case WORD -> isModifierWord(words, j);
                case NUMBER -> true;
                case CLITIC -> j > 0 && words.token(j - 1).isWord();
                case PUNCT -> words.quote(j) || isInnerDash(words, j);
                case SYMBOL -> false;
            };
            if (!modifier) {
                return;
            }
            d.start = j;
            j--;
        }
    }

    /** "the draft agreement", "a signed treaty": a one-word status word between a determiner and the noun. */
    private boolean isAttributive(SentenceWords words, int j) {
        WordTable.Match<AgreementLexicon.StatusCue> m = lexicon.statuses().at(words.lower(), j);
        return m != null && m.length() == 1 && m.value().form() == AgreementLexicon.Form.VERB
                && lexicon.is(words.lower(j - 1), WordClass.DETERMINER);
    }

    private boolean isModifierWord(SentenceWords words, int j) {
        String w = words.lower(j);
        if (w.equals("and")) {
            return lexicon.domains().endingAt(words.lower(), j - 1) != null || words.stateAt(j - 1) != null;
        }
        return !lexicon.is(w, WordClass.VERB) && !lexicon.is(w, WordClass.PREPOSITION)
                && !lexicon.is(w, WordClass.CLAUSE) && !lexicon.is(w, WordClass.LIST)
                && lexicon.statuses().at(words.lower(), j) == null && lexicon.modality().at(words.lower(), j) == null;
    }

    /** A dash between two words of a compound ("Iran – Pakistan"). */
    private static boolean isInnerDash(SentenceWords words, int j) {
        Token t = words.token(j);
        return t.length() == 1 && Chars.isDash(t.text().charAt(0))
                && j > 0 && j + 1 < words.size() && words.token(j - 1).isWord() && words.token(j + 1).isWord();
    }

    /**
     * Reads the name around the head: a quoted name ("'Santo Pact'"), a run of capitalised words ending with a
     * capitalised head ("Comprehensive Trade Agreement"), an "of ..." part ("Treaty of Lausanne", "Memorandum of
     * Understanding of 'Bilateral Political Consultations'") and an acronym in brackets ("(CENTO)").
     */
    private void readName(SentenceWords words, Draft d) {
        boolean capitalHead = words.capitalised(d.headFirst);
        int first = -1;
        if (words.quote(d.headLast + 1)) {
            int open = d.headFirst - 1;
            while (open >= d.start && !words.quote(open)) {
                open--;
            }
            if (open >= d.start && open < d.headFirst - 1) {
                first = open + 1;
            }
        }
        if (first < 0 && capitalHead) {
            int j = d.headFirst - 1;
            while (j >= d.start && (words.capitalised(j) || isInnerDash(words, j) && words.capitalised(j - 1))) {
                j--;
            }
            if (j + 1 < d.headFirst) {
                first = j + 1;
            }
        }
        int ofEnd = capitalHead ? namePart(words, d.headLast + 1) : -1;
        if (ofEnd > 0) {
            d.end = ofEnd;
            if (first < 0) {
                first = d.headFirst;
            }
        }
        d.nameLast = d.end;
        if (words.punct(d.end + 1, '(') && words.punct(d.end + 3, ')') && words.token(d.end + 2).isWord()
                && isAcronym(words.token(d.end + 2).text())) {
            d.acronym = words.token(d.end + 2).text();
            d.end += 3;
        }
        if (first >= 0) {
            d.nameFirst = first;
        }
    }

    /**
     * The last token of the part of a name after its head: "of Lausanne", "of the Triple Alliance", "on Friendship,
     * Cooperation and Partnership", "for the Exclusively Peaceful Use of Nuclear Energy", "of 'Political
     * Consultations'"; or -1. Capitalised words, with "and", "of", "the", "for", "on" and commas between them.
     */
    private int namePart(SentenceWords words, int i) {
        if (!lexicon.is(words.lower(i), WordClass.NAME_LINK)) {
            return -1;
        }
        int j = i + 1;
        if (words.quote(j)) {
            int close = j + 1;
            while (close < words.size() && close - j <= 8 && !words.quote(close)) {
                close++;
            }
            return close < words.size() && words.quote(close) && close > j + 1 ? close : -1;
        }
        if (words.lower(j).equals("the")) {
            j++;
        }
        if (words.lower(j).equals("understanding") || !words.capitalised(j)) {
            return -1;
        }
        if (startsTime(words, j)) {
            return -1;
        }
        int last = j;
        int k = j + 1;
        while (k < words.size() && !startsTime(words, k)) {
            if (words.capitalised(k)) {
                last = k;
            } else if (!(lexicon.is(words.lower(k), WordClass.NAME_LINK) || words.lower(k).equals("and")
                    || words.lower(k).equals("the") || words.punct(k, ',')) || !nameWordFollows(words, k + 1)) {
                break;
            }
            k++;
        }
        return last;
    }

    /** Whether a time expression starts at token {@code k} ("of October 1979" ends a name). */
    private static boolean startsTime(SentenceWords words, int k) {
        return timeAt(words, k) != null;
    }

    /** Whether a capitalised word follows, perhaps after "the" or "and". */
    private static boolean nameWordFollows(SentenceWords words, int k) {
        return words.capitalised(k) || (words.lower(k).equals("the") || words.lower(k).equals("and"))
                && words.capitalised(k + 1);
    }

    private static boolean isAcronym(String s) {
        int capitals = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                capitals++;
            }
        }
        return capitals >= 2 && s.length() <= 8;
    }

    /**
     * A form of "be", "have" or a modal: the phrase was the subject of a clause and ends before its verb ("that
     * agreement was signed", "the accord has been a dead letter").
     */
    private boolean finiteVerb(String w) {
        return lexicon.is(w, WordClass.BE) || lexicon.is(w, WordClass.PERFECT)
                || lexicon.is(w, WordClass.VERB) && !w.equals("to") && !w.equals("also") && !w.equals("not")
                && !lexicon.is(w, WordClass.PRONOUN) && !lexicon.is(w, WordClass.CLAUSE);
    }

    /**
     * "the 1904 treaty granted Bolivia free transit", "the treaty obliged Chile to build": a past verb followed by its
     * object (a determiner or a state) is the predicate of the clause the phrase is the subject of, not part of its
     * title (unlike "the agreement reached in 2019").
     */
    private boolean pastVerbWithObject(SentenceWords words, int k) {
        return words.isPastForm(lexicon, k) && k + 1 < words.size()
                && (lexicon.is(words.lower(k + 1), WordClass.DETERMINER) || words.stateAt(k + 1) != null);
    }

    /** A time expression, or a preposition before one ("on 22 June 1965"): an adjunct of the clause. */
    private boolean datesTheClause(SentenceWords words, int k) {
        return startsTime(words, k) || lexicon.is(words.lower(k), WordClass.PREPOSITION) && startsTime(words, k + 1);
    }

    /**
     * The end of a complement starting at {@code from}: the end of the clause, a status word, the next phrase, a
     * finite verb, a comma that does not open an apposition, or {@link #MAX_COMPLEMENT} tokens.
     */
    private int complementEnd(SentenceWords words, int from, int limit) {
        if (from >= words.size()) {
            return words.size();
        }
        int end = Math.min(Math.min(limit, words.clauseEnd(from - 1)), from + MAX_COMPLEMENT);
        if (lexicon.is(words.lower(from), WordClass.DETERMINER)) {
            return from; // "Under the 1902 treaty the triangle lies in Sudan": a new noun phrase, not a complement
        }
        for (int k = from; k < end; k++) {
            if (k + 1 < words.size() && RELATIVE_AFTER_PREPOSITION.contains(words.lower(k + 1))) {
                return k; // "a memorandum under which ...": the preposition opens the relative clause
            }
            boolean cue = lexicon.statuses().at(words.lower(), k) != null && !words.lower(k - 1).equals("to");
            if (cue || finiteVerb(words.lower(k)) || words.punct(k, '.') || words.punct(k, ';')
                    || datesTheClause(words, k) || pastVerbWithObject(words, k)) {
                return k;
            }
            boolean listComma = words.stateAt(k - 1) != null && words.stateAt(k + 1) != null;
            if (words.punct(k, ',') && !opensApposition(words, k + 1) && !listComma) {
                return k;
            }
        }
        return end;
    }

    /** ", a military alliance against ...": a comma followed by a noun phrase with a head noun of its own. */
    private boolean opensApposition(SentenceWords words, int i) {
        if (!lexicon.is(words.lower(i), WordClass.INDEFINITE)) {
            return false;
        }
        for (int k = i + 1; k < Math.min(words.size(), i + 5); k++) {
            if (lexicon.nouns().at(words.lower(), k) != null) {
                return true;
            }
        }
        return false;
    }

    /** "pacts such as", "agreements like", "agreements including": examples follow. */
    private boolean startsExamples(SentenceWords words, int i) {
        return i < words.size() && lexicon.phraseAt(words.lower(), i, WordClass.EXAMPLE) > 0
                && !words.lower(i).equals("as");
    }

    private DomainCue firstDomain(SentenceWords words, int from, int to) {
        for (int k = from; k < to; k++) {
            WordTable.Match<DomainCue> m = lexicon.domains().at(words.lower(), k);
            if (m != null) {
                return m.value();
            }
        }
        return null;
    }

    private boolean hasGoods(SentenceWords words, int from, int to) {
        for (int k = from; k < to; k++) {
            WordTable.Match<DomainCue> m = lexicon.domains().at(words.lower(), k);
            if (m != null && m.value().goods()) {
                return true;
            }
            if (m != null) {
                k += m.length() - 1;
            }
        }
        return false;
    }

    /** A year written among the modifiers ("the 1955 pact"). */
    private static FuzzyDate dateIn(SentenceWords words, int from, int to) {
        for (TimeSpan t : words.times()) {
            TimeMention m = t.mention();
            if (t.first() >= from && t.last() < to && m.kind() == TimeMention.Kind.YEAR && m.date() != null) {
                return m.date();
            }
        }
        return null;
    }

    /** The time expression starting at token {@code i}, or null. */
    private static TimeSpan timeAt(SentenceWords words, int i) {
        for (TimeSpan t : words.times()) {
            if (t.first() == i) {
                return t;
            }
        }
        return null;
    }
}
