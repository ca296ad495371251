package org.entente.extraction.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.entente.extraction.FuzzyDate;
import org.entente.extraction.text.Token;
import org.entente.extraction.agreement.AgreementLexicon.DomainCue;
import org.entente.extraction.agreement.AgreementLexicon.Link;
import org.entente.extraction.agreement.AgreementLexicon.Noun;
import org.entente.extraction.agreement.AgreementLexicon.Use;
import org.entente.extraction.agreement.AgreementLexicon.WordClass;
import org.entente.extraction.analysis.SentenceTokens.StateSpan;

/**
 * Reads what one sentence states about agreements: links each status word to the agreement phrases it governs,
 * weighs the clause's modality, and collects the parties and the date the clause gives.
 *
 * <ul>
 *   <li>A status word takes the phrases after it in its clause ("signed a pact", "the signing of the MoU and the
 *       protocol"); a passive ("was signed") or a word like "expired" takes the phrase before it; a status word
 *       without an object takes the last phrase before it ("Iraq withdrew in 1959", "the pact that the two
 *       countries signed"), or for an object pronoun ("renounced them") the agreement named last.</li>
 *   <li>Negation and hypotheticals drop a statement; a plan makes a signing a proposal ("plans to sign"); a
 *       decision keeps any other status ("agreed to revive the accord").</li>
 *   <li>A named agreement written with its date ("the 1955 Baghdad Pact", "the Minsk Protocol of 5 September
 *       2014") and an agreement whose phrase names two parties ("a contract between A and B") are signed even
 *       without a status word.</li>
 *   <li>An order of goods from a state is a signed contract with it ("ordering 12 fighter jets from Pakistan").</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class StatementReader {

    /** How many words may stand between a passive status word and its agreement before it. */
    private static final int SUBJECT_GAP = 8;
    /** How far after a status word its object may start. */
    private static final int OBJECT_REACH = 12;
    /** How many words a reduced passive between two coordinated phrases may take ("signed in Riga in 2001"). */
    private static final int PARTICIPLE_REACH = 8;
    /** How far after "became" the infinitive of ratifying may stand ("became the sixth state to ratify"). */
    private static final int RATIFIER_REACH = 8;

    /** How a status word found its phrase. */
    private enum Reach {
        /** after it: its object */
        OBJECT,
        /** before it: the subject of a passive or of "expired" */
        SUBJECT,
        /** before it, as the object left out of a relative clause or named before */
        GAP
    }

    private static final Noun ORDER = new Noun("contract", false, Use.HEAD, null);
    /** An object pronoun ("renounced them"): the agreement the article named last. */
    private static final Noun PRONOUN = new Noun("agreement", false, Use.ANAPHOR, null);

    private final AgreementLexicon lexicon;
    private final PartyFinder partyFinder;
    private final DateFinder dateFinder;

    StatementReader(AgreementLexicon lexicon) {
        this.lexicon = lexicon;
        this.partyFinder = new PartyFinder(lexicon);
        this.dateFinder = new DateFinder(lexicon);
    }

    /** The statements of a sentence, in text order of their status words (phrases without one last). */
    List<Statement> read(SentenceWords words, List<AgreementPhrase> phrases, List<Cue> cues) {
        List<Statement> out = new ArrayList<>();
        Set<AgreementPhrase> linked = Collections.newSetFromMap(new IdentityHashMap<>());
        List<AgreementPhrase> previousTargets = List.of();
        for (Cue cue : cues) {
            if (cue.value().link() == Link.GOODS) {
                addIfAny(out, order(words, cue));
                continue;
            }
            Reach reach = cue.looksBack() ? Reach.SUBJECT : Reach.OBJECT;
            List<AgreementPhrase> targets = reach == Reach.SUBJECT ? together(words, subject(words, phrases, cue),
                    phrases, cues, cue) : after(words, phrases, cues, cue);
            List<AgreementPhrase> antecedent = reach == Reach.OBJECT ? antecedent(words, phrases, cue) : List.of();
            if (!antecedent.isEmpty() && (targets.isEmpty() || targets.get(0).start() > cue.last() + 2)) {
                reach = Reach.GAP;
                targets = together(words, antecedent, phrases, cues, cue);
            }
            if (targets.isEmpty() && reach == Reach.SUBJECT && coordinatedVerb(words, cue)) {
                targets = previousTargets;
            }
            previousTargets = targets;
            if (targets.isEmpty() && reach == Reach.OBJECT && takesGap(words, cues, cue)) {
                reach = Reach.GAP;
                targets = isObjectPronoun(words, cue.last() + 1) ? List.of(pronoun(words, cue.last() + 1))
                        : before(phrases, cue.first());
            }
            for (AgreementPhrase p : targets) {
                linked.add(p);
                Statement s = linked(words, phrases, cues, cue, p, reach);
                addIfAny(out, s);
                if (s != null && s.status() != Status.SIGNED && s.status() != Status.PROPOSED && p.date() != null) {
                    addIfAny(out, signedAtItsDate(p));
                }
            }
        }
        for (AgreementPhrase p : phrases) {
            if (!linked.contains(p)) {
                addIfAny(out, p.attributive() >= 0 ? attributive(words, cues, p) : bare(words, p));
            }
        }
        return out;
    }

    /**
     * A phrase whose own modifier gives its status ("the draft agreement", "a signed treaty could open the
     * border"): stated like a noun of that status, hypothetical when its clause is.
     */
    private Statement attributive(SentenceWords words, List<Cue> cues, AgreementPhrase p) {
        int k = p.attributive();
        Cue cue = new Cue(k, k, lexicon.statuses().at(words.lower(), k).value(), false, false);
        Modality modality = Modality.of(lexicon, words, p.start(), k, true, List.of());
        Status status = statusUnder(modality, cue.status(), p);
        if (status == null) {
            return null;
        }
        Statement.Parties named = new Statement.Parties(new LinkedHashSet<>(p.parties()), Set.of(),
                p.withParties(), p.groupParty(), false, false);
        return new Statement(p, status, false, false, named, dateFinder.dateOf(words, cues, cue, p), false,
                p.start(), p.complementEnd() - 1);
    }

    private static void addIfAny(List<Statement> out, Statement s) {
        if (s != null) {
            out.add(s);
        }
    }

    /**
     * Whether a status word is a verb coordinated with the one before it, sharing its subject ("was signed in 2011
     * and entered into force in 2012"): "and" right before it, in the same clause.
     */
    private boolean coordinatedVerb(SentenceWords words, Cue cue) {
        int k = cue.first() - 1;
        while (k > 0 && lexicon.is(words.lower(k), WordClass.ADVERB)) {
            k--;
        }
        return k > words.clauseStart(cue.first()) && words.lower(k).equals("and");
    }

    /**
     * The phrases a status word governs after it: the first in reach and those coordinated with it; of
     * coordinated plural phrases only the first ("signed 15 agreements and memorandums" is one bundle). A status word
     * followed by another governs that one ("agreed to sign"), not an object.
     */
    private List<AgreementPhrase> after(SentenceWords words, List<AgreementPhrase> phrases, List<Cue> cues,
                                        Cue cue) {
        int limit = Math.min(words.clauseEnd(cue.last()), cue.last() + 1 + OBJECT_REACH);
        if (governsInfinitive(words, phrases, cue)) {
            return List.of();
        }
        for (Cue other : cues) {
            if (other.first() == cue.last() + 1) {
                return List.of();
            }
            if (other.first() > cue.last() && other.first() < limit && !other.infinitive()) {
                limit = other.first();
            }
        }
        List<AgreementPhrase> out = new ArrayList<>();
        AgreementPhrase previous = null;
        for (AgreementPhrase p : phrases) {
            if (p.start() <= cue.last() || p.start() >= limit && previous == null) {
                continue;
            }
            if (previous == null && newConjunct(words, cue.last() + 1, p.start())) {
                break;
            }
            if (previous != null && !coordinated(words, previous, p) && !coordinatedAfterParticiple(words, cues,
                    previous, p)) {
                break;
            }
            boolean bundled = previous != null && previous.noun().plural() && p.noun().plural();
            if (!p.generic() && !bundled) {
                out.add(p);
            }
            previous = p;
        }
        return out;
    }

    /**
     * "agreed to review the pact", "agreed to forward the protocol to parliament": a status word ending in 'to'
     * followed by a lower-case word that is neither a determiner nor the start of an agreement's phrase governs that
     * verb, whose object the agreement is; it says nothing of the agreement's status ("agreed to the pact" does).
     */
    private boolean governsInfinitive(SentenceWords words, List<AgreementPhrase> phrases, Cue cue) {
        int next = cue.last() + 1;
        if (!words.lower(cue.last()).equals("to") || next >= words.size() || !words.token(next).isWord()
                || words.token(next).isCapitalised() || lexicon.is(words.lower(next), WordClass.DETERMINER)) {
            return false;
        }
        return phrases.stream().noneMatch(p -> p.start() == next);
    }

    /**
     * Whether a comma and a coordinating word ("..., and", "..., but") stand in tokens {@code from..to-1}: a new
     * conjunct with a subject of its own starts there, so what follows is not the status word's object ("annulled
     * the fund, and the accord has been a dead letter").
     */
    private static boolean newConjunct(SentenceWords words, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            String next = words.lower(k + 1);
            if (words.punct(k, ',') && (next.equals("and") || next.equals("but"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The phrase before a status word that looks back, with those added after it by "together with", "as well
     * as" ("a treaty was signed in 2000, together with a fisheries agreement"), up to the next status word.
     */
    private List<AgreementPhrase> together(SentenceWords words, List<AgreementPhrase> subject,
                                           List<AgreementPhrase> phrases, List<Cue> cues, Cue cue) {
        List<AgreementPhrase> out = new ArrayList<>(subject);
        if (out.isEmpty()) {
            return out;
        }
        int limit = words.clauseEnd(cue.last());
        for (Cue other : cues) {
            if (other.first() > cue.last() && other.first() < limit) {
                limit = other.first();
            }
        }
        for (AgreementPhrase p : phrases) {
            int k = p.start() - 1;
            int length = lexicon.phraseEndingAt(words.lower(), k, WordClass.LIST);
            if (p.start() > cue.last() && p.start() < limit && length > 1) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The subject of a passive or of a word like "expired": the last phrase before it, if no state and at most
     * {@link #SUBJECT_GAP} words stand between them ("the pact, signed in 1955, expired"; not "a pact ... after talks
     * with Ethiopia stalled").
     */
    private static List<AgreementPhrase> subject(SentenceWords words, List<AgreementPhrase> phrases, Cue cue) {
        List<AgreementPhrase> found = before(phrases, cue.first());
        if (found.isEmpty()) {
            return found;
        }
        int from = Math.max(found.get(0).end() + 1, found.get(0).complementEnd());
        boolean state = !words.codesIn(from, cue.first()).isEmpty();
        return state || cue.first() - from > SUBJECT_GAP || hasOwnSubject(words, from, cue.first()) ? List.of()
                : found;
    }

    /**
     * "..., objected, and the talks collapsed": a noun phrase of its own right before the status word (a definite
     * determiner at most three words before it, no comma between) is its subject, not the agreement named earlier.
     */
    private static boolean hasOwnSubject(SentenceWords words, int from, int cueFirst) {
        for (int k = cueFirst - 1; k >= Math.max(from, cueFirst - 3); k--) {
            if (words.punct(k, ',')) {
                return false;
            }
            String w = words.lower(k);
            if (w.equals("the") || w.equals("these") || w.equals("those")) { // not "has been a dead letter"
                return true;
            }
        }
        return false;
    }

    /**
     * The phrase an object relative clause is about, when the status word is that clause's verb and its object is
     * the gap: "the treaty that Chile and Peru signed in 2011", "the accords, which the two presidents signed".
     */
    private List<AgreementPhrase> antecedent(SentenceWords words, List<AgreementPhrase> phrases, Cue cue) {
        int clause = words.clauseStart(cue.first());
        String opener = words.lower(clause);
        if (cue.passive() || cue.infinitive() || cue.value().form() != AgreementLexicon.Form.VERB || clause == 0
                || !(opener.equals("that") || lexicon.is(opener, WordClass.RELATIVE))) {
            return List.of();
        }
        for (AgreementPhrase p : phrases) {
            if (p.start() >= clause && p.start() < cue.first()) {
                return List.of();
            }
        }
        List<AgreementPhrase> found = before(phrases, clause);
        if (found.isEmpty()) {
            return found;
        }
        AgreementPhrase p = found.get(0);
        int gap = clause - p.end() - 1;
        return gap == 0 || gap == 1 && words.punct(p.end() + 1, ',') ? found : List.of();
    }

    /** The last phrase before a status word. */
    private static List<AgreementPhrase> before(List<AgreementPhrase> phrases, int cueFirst) {
        for (int k = phrases.size() - 1; k >= 0; k--) {
            AgreementPhrase p = phrases.get(k);
            if (p.end() < cueFirst && !p.generic()) {
                return List.of(p);
            }
        }
        return List.of();
    }

    /**
     * "revived an accord signed in 2001 and a 1998 treaty": two phrases coordinated after the first one's reduced
     * passive (a participle and its adjuncts, no comma), "and" right before the second.
     */
    private boolean coordinatedAfterParticiple(SentenceWords words, List<Cue> cues, AgreementPhrase first,
                                               AgreementPhrase second) {
        int from = first.end() + 1;
        int and = second.start() - 1;
        if (!words.lower(and).equals("and") || and - from > PARTICIPLE_REACH) {
            return false;
        }
        for (int k = from; k < and; k++) {
            if (words.punct(k, ',') || words.stateAt(k) != null) {
                return false;
            }
        }
        return cues.stream().anyMatch(c -> c.first() == from && c.passive());
    }

    /** Whether only list words (and, after a generic phrase, example words) stand between two phrases. */
    private boolean coordinated(SentenceWords words, AgreementPhrase first, AgreementPhrase second) {
        for (int k = first.end() + 1; k < second.start(); k++) {
            int list = lexicon.phraseAt(words.lower(), k, WordClass.LIST);
            if (list > 0) {
                k += list - 1;
            } else if (!(first.generic() && lexicon.is(words.lower(k), WordClass.EXAMPLE))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a status word without an object refers to an agreement named before it ("Iraq withdrew in 1959",
     * "the agreements it has signed"): not a proposal ("aims at improving"), not an infinitive ("an agreement to
     * restore relations"), not a word followed by one or by another status word.
     */
    private boolean takesGap(SentenceWords words, List<Cue> cues, Cue cue) {
        int next = cue.last() + 1;
        if (cue.status() == Status.PROPOSED || cue.infinitive() || words.lower(next).equals("to")
                || hasOwnObject(words, next)) {
            return false;
        }
        for (Cue other : cues) {
            if (other.first() == next) {
                return false;
            }
        }
        return true;
    }

    /**
     * "restored diplomatic relations": a verb followed by a bare noun phrase of its own (a word that is not a
     * preposition, a clause word, an adverb, a determiner or the start of a date; "implementing its share" may still
     * be about the agreement before it) has its object, so it is not about an agreement named before it.
     */
    private boolean hasOwnObject(SentenceWords words, int next) {
        if (next >= words.size() || !words.token(next).isWord() || words.stateAt(next) != null) {
            return false;
        }
        String w = words.lower(next);
        if (lexicon.is(w, WordClass.PREPOSITION) || lexicon.is(w, WordClass.CLAUSE) || lexicon.is(w, WordClass.ADVERB)
                || lexicon.is(w, WordClass.OBJECT_PRONOUN) || lexicon.is(w, WordClass.BE)
                || lexicon.is(w, WordClass.DETERMINER) || lexicon.is(w, WordClass.POSSESSIVE)) {
            return false;
        }
        return words.timeAt(next) == null;
    }

    private boolean isObjectPronoun(SentenceWords words, int i) {
        return lexicon.is(words.lower(i), WordClass.OBJECT_PRONOUN);
    }

    private static AgreementPhrase pronoun(SentenceWords words, int i) {
        return new AgreementPhrase(i, i, i, i, i + 1, PRONOUN, "that", null, null, null, Set.of(), Set.of(), false,
                null, false, false, -1);
    }

    private Statement linked(SentenceWords words, List<AgreementPhrase> phrases, List<Cue> cues, Cue cue,
                             AgreementPhrase p, Reach reach) {
        int clauseStart = words.clauseStart(cue.first());
        boolean nominal = cue.value().nominal();
        Modality modality = Modality.of(lexicon, words, cue.first(), cue.last(), nominal, phrases);
        if (p.determiner() != null && p.determiner().equals("no")) {
            modality = Modality.NEGATED;
        }
        int announcing = announcingClause(words, clauseStart);
        boolean notice = announcing >= 0 && noticeOfEnd(words, cue, clauseStart, modality);
        if (notice) {
            modality = Modality.FACT;
        }
        Status status = statusUnder(modality, notice ? Status.WITHDRAWN : cue.status(), p);
        if (status == null) {
            return null;
        }
        boolean signing = cue.value().signing() && modality == Modality.FACT && !cue.infinitive();
        Set<String> subject = switch (reach) {
            case OBJECT -> nominal ? partyFinder.possessor(words, cue.first())
                    : partyFinder.subject(words, clauseStart, cue.first());
            case GAP -> p.start() > cue.last() ? partyFinder.subject(words, clauseStart, cue.first())
                    : partyFinder.subject(words, Math.max(p.complementEnd(), clauseStart), cue.first());
            case SUBJECT -> Set.of();
        };
        int complementEnd = reach == Reach.OBJECT ? Math.max(p.complementEnd(), cue.last() + 1)
                : partyFinder.stretchEnd(words, cue.last() + 1);
        PartyScan complement = new PartyScan(lexicon, words, cue.last() + 1, complementEnd);
        Set<String> parties = new LinkedHashSet<>(p.parties());
        parties.addAll(complement.parties());
        parties.addAll(subject);
        Set<String> with = new LinkedHashSet<>(p.withParties());
        with.addAll(complement.withParties());
        boolean pronoun = subject.isEmpty() && partyFinder.hasPronoun(words, clauseStart, cue.first());
        if (status == Status.IN_FORCE) {
            parties.addAll(ratifiers(words));
        }
        FuzzyDate date = dateFinder.dateOf(words, cues, cue, p);
        if (announcing >= 0 && (notice || date == null)) {
            FuzzyDate said = dateFinder.lastDateIn(words, announcing, clauseStart);
            date = said != null ? said : date;
        }
        boolean present = status == Status.PROPOSED && dateFinder.present(words, clauseStart, cue);
        int quoteFirst = Math.min(cue.first(), p.start());
        int quoteLast = Math.max(cue.last(), p.complementEnd() - 1);
        List<String> actors = signing ? actors(words, cue, p) : List.of();
        Statement.Parties named = new Statement.Parties(parties, subject, with,
                p.groupParty() || complement.group(), complement.nonState(), pronoun, actors);
        return new Statement(p, status, signing, false, named, date, present, quoteFirst, quoteLast);
    }

    /**
     * The start of the clause that announces the status word's clause, or -1: the status word's clause opens with
     * "that" after a verb of saying ("Seoul announced that ...", "Kyiv notified Moscow in 2018 that ...").
     */
    private int announcingClause(SentenceWords words, int clauseStart) {
        if (clauseStart == 0 || !words.lower(clauseStart).equals("that")) {
            return -1;
        }
        int from = words.clauseStart(clauseStart - 1);
        for (int k = from; k < clauseStart; k++) {
            if (lexicon.is(words.lower(k), WordClass.ANNOUNCE)) {
                return from;
            }
        }
        return -1;
    }

    /**
     * Whether an announced status word gives notice of leaving an agreement: a withdrawal or an ending in the
     * future ("announced that it would terminate the pact", "said it will withdraw from the treaty"), or a refusal
     * to renew ("notified Russia that it would not renew the treaty"). The notice is the withdrawal.
     */
    private boolean noticeOfEnd(SentenceWords words, Cue cue, int clauseStart, Modality modality) {
        boolean future = false;
        for (int k = clauseStart; k < cue.first(); k++) {
            future |= lexicon.is(words.lower(k), WordClass.FUTURE);
        }
        if (!future) {
            return false;
        }
        boolean leaving = cue.status() == Status.WITHDRAWN || cue.status() == Status.ENDED;
        return leaving && modality != Modality.NEGATED
                || modality == Modality.NEGATED && lexicon.is(words.lower(cue.first()), WordClass.RENEWAL);
    }

    /**
     * The states that join an agreement in force by ratifying or joining it: "after Chad became the sixth state to
     * ratify it", "once Peru becomes the tenth country to accede to the convention".
     */
    private Set<String> ratifiers(SentenceWords words) {
        Set<String> out = new LinkedHashSet<>();
        for (StateSpan s : words.states()) {
            int k = s.last() + 1;
            while (k < words.size() && lexicon.is(words.lower(k), WordClass.ADVERB)) {
                k++;
            }
            if (k >= words.size() || !lexicon.is(words.lower(k), WordClass.BECOME)) {
                continue;
            }
            for (int j = k + 1; j + 1 < Math.min(words.size(), k + RATIFIER_REACH); j++) {
                WordTable.Match<AgreementLexicon.StatusCue> m = words.lower(j).equals("to")
                        ? lexicon.statuses().at(words.lower(), j + 1) : null;
                if (m != null && (m.value().status() == Status.IN_FORCE || m.value().status() == Status.SIGNED)) {
                    out.addAll(s.codes());
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The states a sentence shows performing a signing, in order: a visitor ("during the Indian premier's visit",
     * "when Li Peng came to Seoul"), then the agents of a passive ("was signed by A, B and C", "the accord signed
     * by A and B").
     */
    private List<String> actors(SentenceWords words, Cue cue, AgreementPhrase p) {
        Set<String> actors = new LinkedHashSet<>();
        int from = words.clauseStart(cue.first());
        int to = words.clauseEnd(cue.last());
        if (to < words.size() && lexicon.is(words.lower(to), WordClass.TEMPORAL)) {
            to = words.clauseEnd(to);
        }
        for (StateSpan s : words.states()) {
            if (s.first() < from || s.last() >= to) {
                continue;
            }
            int k = s.last() + 1;
            if (k < words.size() && words.token(k).type() == Token.Type.CLITIC) {
                k++;
            }
            if (lexicon.phraseAt(words.lower(), k, WordClass.VISIT) > 0) {
                actors.addAll(s.codes());
            }
        }
        if (cue.passive() || p.end() < cue.first() && cue.value().form() == AgreementLexicon.Form.VERB) {
            for (int k = cue.last() + 1; k < to; k++) {
                if (words.lower(k).equals("by")) {
                    actors.addAll(new PartyScan(lexicon, words, k, to).parties());
                    break;
                }
            }
        }
        return List.copyOf(actors);
    }

    /**
     * The status a clause states: a plan makes a signing (or the implementation of a new agreement) a proposal and
     * drops any other status; a decision makes a signing a proposal and keeps any other status; negation and
     * hypotheticals drop it.
     */
    private Status statusUnder(Modality modality, Status status, AgreementPhrase p) {
        boolean unsigned = status == Status.SIGNED || status == Status.PROPOSED;
        return switch (modality) {
            case FACT -> status;
            case DECISION -> unsigned ? Status.PROPOSED : status;
            case PLAN -> unsigned || status == Status.IN_FORCE && p.indefinite(lexicon) ? Status.PROPOSED : null;
            case HYPOTHETICAL, NEGATED -> null;
        };
    }

    /** "revived the 1998 agreement": the year the phrase gives tells when it was signed. */
    private static Statement signedAtItsDate(AgreementPhrase p) {
        Statement.Parties named = new Statement.Parties(new LinkedHashSet<>(p.parties()), Set.of(),
                p.withParties(), p.groupParty(), false, false);
        return new Statement(p, Status.SIGNED, false, true, named, p.date(), false, p.start(), p.complementEnd() - 1);
    }

    /** A phrase without a status word: signed when it names its date, or two parties. */
    private Statement bare(SentenceWords words, AgreementPhrase p) {
        if (p.generic() || p.noun().use() == Use.ANAPHOR) {
            return null;
        }
        if (p.date() == null && p.parties().size() < 2) {
            return null;
        }
        if (p.indefinite(lexicon) && p.name() == null && p.parties().size() < 2) {
            return null; // "came closest to a deal in 1975", "talks on an agreement": no agreement is said to exist
        }
        Modality modality = Modality.of(lexicon, words, p.start(), p.start(), false, List.of());
        Status status = statusUnder(modality, Status.SIGNED, p);
        if (status == null) {
            return null;
        }
        Statement.Parties named = new Statement.Parties(new LinkedHashSet<>(p.parties()), Set.of(),
                p.withParties(), p.groupParty(), false, false);
        return new Statement(p, status, false, true, named, p.date(), false, p.start(), p.complementEnd() - 1);
    }

    /** "ordered 12 fighter jets from Pakistan": a contract for goods with the state they are ordered from. */
    private Statement order(SentenceWords words, Cue cue) {
        int clauseStart = words.clauseStart(cue.first());
        int clauseEnd = Math.min(words.clauseEnd(cue.last()), cue.last() + 1 + OBJECT_REACH);
        int goods = -1;
        DomainCue domain = null;
        for (int k = cue.last() + 1; k < clauseEnd; k++) {
            WordTable.Match<DomainCue> m = lexicon.domains().at(words.lower(), k);
            if (goods < 0 && m != null && m.value().goods()) {
                goods = k;
                domain = m.value();
            }
            StateSpan seller = words.stateAt(k + 1);
            if (goods >= 0 && words.lower(k).equals("from") && seller != null && seller.first() == k + 1) {
                return orderFrom(words, cue, clauseStart, goods, k - 1, domain, seller.codes().get(0));
            }
        }
        return null;
    }

    private Statement orderFrom(SentenceWords words, Cue cue, int clauseStart, int goods, int goodsEnd,
                                DomainCue domain, String seller) {
        if (Modality.of(lexicon, words, cue.first(), cue.last(), cue.value().nominal(), List.of()) != Modality.FACT) {
            return null;
        }
        Set<String> subject = partyFinder.subject(words, clauseStart, cue.first());
        AgreementPhrase phrase = new AgreementPhrase(cue.last() + 1, goods, goods, goodsEnd, goodsEnd + 1, ORDER,
                null, null, null, null, Set.of(seller), Set.of(), false, domain.domain(), true, false, -1);
        Set<String> parties = new LinkedHashSet<>(subject);
        parties.add(seller);
        Statement.Parties named = new Statement.Parties(parties, subject, Set.of(), false, false, false);
        return new Statement(phrase, Status.SIGNED, false, false, named, dateFinder.dateOf(words, List.of(cue), cue,
                phrase), false, cue.first(), goodsEnd + 2);
    }
}
