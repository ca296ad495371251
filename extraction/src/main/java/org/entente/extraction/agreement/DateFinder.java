package org.entente.extraction.agreement;

import java.util.List;

import org.entente.extraction.FuzzyDate;
import org.entente.extraction.agreement.AgreementLexicon.WordClass;
import org.entente.extraction.analysis.SentenceTokens.TimeSpan;
import org.entente.extraction.time.TimeMention;

/**
 * Dates a status and tells its tense.
 *
 * <ul>
 *   <li>The date is the time expression of the status word's clause (and of a "when" clause right after it)
 *       nearest the status word, leaving out those inside the agreement's phrase, those nearer another status word
 *       ("agreed to revive an accord signed in 2001") and those after a preposition that does not date the act
 *       ("since 1935", "until 2019"); a vague one ("recently") gives none.</li>
 *   <li>Without one, for a signing, the date written in the phrase ("joined the 1955 pact").</li>
 *   <li>Without that, a status told as a past event ("signed", "was signed", "agreed to revive", not "has
 *       signed" nor "the signing of") happened when the narrative stands: at the last date given earlier in its
 *       sentence, else in its paragraph.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class DateFinder {

    private final AgreementLexicon lexicon;

    DateFinder(AgreementLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The date of the status stated by {@code cue} (one of the sentence's {@code cues}) about {@code p}, or null. */
    FuzzyDate dateOf(SentenceWords words, List<Cue> cues, Cue cue, AgreementPhrase p) {
        int from = words.clauseStart(cue.first());
        int to = words.clauseEnd(cue.last());
        if (to < words.size() && lexicon.is(words.lower(to), WordClass.TEMPORAL)) {
            to = words.clauseEnd(to);
        }
        TimeSpan nearest = null;
        double best = Double.MAX_VALUE;
        for (TimeSpan t : words.times()) {
            boolean inPhrase = t.first() >= p.start() && t.last() <= p.end();
            if (t.first() < from || t.last() >= to || inPhrase || notTheAct(t) || quoted(words, t)) {
                continue;
            }
            Cue owner = owner(words, cues, t);
            double distance = distance(t, cue);
            if (distance < best && (owner == null || owner == cue || chained(owner, cue))) {
                best = distance;
                nearest = t;
            }
        }
        if (nearest == null && from > 0 && lexicon.is(words.lower(from), WordClass.TEMPORAL)) {
            nearest = lastTimeOfClauseBefore(words, from);
        }
        if (nearest != null) {
            return dateOf(nearest.mention());
        }
        if (p.date() != null && cue.status() == Status.SIGNED) {
            return p.date();
        }
        if (lasting(cue.status())) {
            FuzzyDate since = sinceDate(words, cue, p, from, to);
            if (since != null) {
                return since;
            }
        }
        return pastEvent(words, cue) ? narrativeDate(words, cue.first(), p) : null;
    }

    /** A status that lasts, whose start "since" gives ("in force since 1994", "dormant ever since"). */
    private static boolean lasting(Status status) {
        return status == Status.IN_FORCE || status == Status.STALLED;
    }

    /**
     * The start of a lasting status: a time after "since" in its clause ("has been frozen since 2016"), or, for
     * "since then" or "ever since" after the status word, the narrative time before it (outside the agreement's
     * phrase: "In 2018 the court annulled the fund, and the accord has been a dead letter ever
     * since"); null if neither.
     */
    private FuzzyDate sinceDate(SentenceWords words, Cue cue, AgreementPhrase p, int from, int to) {
        for (TimeSpan t : words.times()) {
            if (t.first() >= from && t.last() < to && t.first() > cue.last() && "since".equals(t.mention().cue())
                    && t.mention().date() != null) {
                return t.mention().date();
            }
        }
        for (int k = cue.last() + 1; k < to; k++) {
            if (lexicon.phraseAt(words.lower(), k, WordClass.SINCE_THEN) > 0) {
                return narrativeDate(words, cue.first(), p);
            }
        }
        return null;
    }

    /**
     * The status word a time expression belongs to among those of its clause, or null when its clause has none: a
     * time adjunct follows its verb ("signed the accord on 1 May and ratified it in June", "revived a pact signed in
     * 2001"), unless it opens its conjunct and stands before the verb ("In 2001 they signed ..., and in 2005
     * withdrew"); then it dates the status word after it.
     */
    private Cue owner(SentenceWords words, List<Cue> cues, TimeSpan t) {
        int clause = words.clauseStart(t.first());
        Cue before = null;
        Cue after = null;
        for (Cue c : cues) {
            if (words.clauseStart(c.first()) != clause) {
                continue;
            }
            if (c.last() < t.first()) {
                before = c;
            } else if (c.first() > t.last() && after == null) {
                after = c;
            }
        }
        return after != null && (before == null || opensConjunct(words, t.first())) ? after : before;
    }

    /** Whether a time starting at token {@code first} opens its clause or a conjunct ("..., and in 2005 ..."). */
    private boolean opensConjunct(SentenceWords words, int first) {
        int k = first - 1;
        if (k >= 0 && lexicon.is(words.lower(k), WordClass.PREPOSITION)) {
            k--;
        }
        int clause = words.clauseStart(first);
        if (k < clause || k == clause && lexicon.is(words.lower(k), WordClass.CLAUSE)) {
            return true;
        }
        String w = words.lower(k);
        return w.equals("and") || w.equals("then") || words.punct(k, ',');
    }

    /**
     * "The deal was sealed in Beijing on 10 March, when the two ministers signed ...": a "when" clause without a
     * time of its own happens at the last time of the clause it hangs on.
     */
    private TimeSpan lastTimeOfClauseBefore(SentenceWords words, int clause) {
        int start = words.clauseStart(clause - 1);
        TimeSpan last = null;
        for (TimeSpan t : words.times()) {
            if (t.first() >= start && t.last() < clause && !notTheAct(t) && t.mention().date() != null) {
                last = t;
            }
        }
        return last;
    }

    /** A time inside quotation marks: part of a quoted name ("a partnership for the 21st century"). */
    private static boolean quoted(SentenceWords words, TimeSpan t) {
        int quotes = 0;
        for (int k = 0; k < t.first(); k++) {
            if (words.quote(k) && !words.token(k).text().equals("'")) {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    /** "agreed to revive": two status words in one verb chain share their time. */
    private static boolean chained(Cue a, Cue b) {
        return a.last() + 1 == b.first() || b.last() + 1 == a.first();
    }

    /** Tokens from a status word to a time expression; one before it counts half a token farther. */
    private static double distance(TimeSpan t, Cue cue) {
        return t.first() > cue.last() ? t.first() - cue.last() : cue.first() - t.last() + 0.5;
    }

    /** "since 1935", "until 2019", "by 2030": a time that does not date the act. */
    private boolean notTheAct(TimeSpan t) {
        String cue = t.mention().cue();
        return cue != null && lexicon.is(cue, WordClass.DATE_CUE);
    }

    /** The last date given in tokens {@code from..to-1}, leaving out those that do not date an act; or null. */
    FuzzyDate lastDateIn(SentenceWords words, int from, int to) {
        FuzzyDate last = null;
        for (TimeSpan t : words.times()) {
            if (t.first() >= from && t.last() < to && !notTheAct(t) && t.mention().date() != null) {
                last = t.mention().date();
            }
        }
        return last;
    }

    /**
     * The last date given before token {@code before} in the sentence, else in its paragraph before it, else, in a
     * news report whose story has reached its publication day, that day (an earlier paragraph's date is not taken
     * otherwise: measured on the samples, it more often belongs to another happening).
     */
    private FuzzyDate narrativeDate(SentenceWords words, int before, AgreementPhrase p) {
        FuzzyDate last = lastDateBefore(words, before, p);
        if (last != null) {
            return last;
        }
        return words.analysed().paragraphDate() != null ? words.analysed().paragraphDate() : words.storyDate();
    }

    /**
     * The last date given before token {@code before} in the sentence, leaving out those that do not date an act
     * and those inside the agreement's phrase ("the Kigali Protocol of 5 May 2014 was never ratified": the date is
     * the signing's, not the ratification's).
     */
    private FuzzyDate lastDateBefore(SentenceWords words, int before, AgreementPhrase p) {
        FuzzyDate last = null;
        for (TimeSpan t : words.times()) {
            boolean inPhrase = t.first() >= p.start() && t.last() <= p.end();
            if (t.last() < before && !inPhrase && !notTheAct(t) && t.mention().date() != null) {
                last = t.mention().date();
            }
        }
        return last;
    }

    /**
     * Whether the status word tells a past event: a verb in the simple past ("signed", "withdrew") or a past
     * passive ("was signed"), not a perfect ("has signed"), an infinitive or a noun.
     */
    boolean pastEvent(SentenceWords words, Cue cue) {
        if (cue.infinitive()) {
            int to = words.lower(cue.first() - 1).equals("to") ? cue.first() - 1 : cue.first() - 2;
            return isPast(words.lower(to - 1));
        }
        if (cue.value().form() != AgreementLexicon.Form.VERB) {
            return false;
        }
        for (int k = cue.first() - 1; k >= Math.max(0, cue.first() - 3); k--) {
            String w = words.lower(k);
            if (lexicon.is(w, WordClass.PERFECT)) {
                return false;
            }
            if (lexicon.is(w, WordClass.PAST)) {
                return true;
            }
        }
        return isPast(words.lower(cue.first()));
    }

    private boolean isPast(String verb) {
        return verb.endsWith("ed") || lexicon.is(verb, WordClass.PAST);
    }

    /**
     * Whether a proposal is stated in the present tense: no past auxiliary before it and no past form ("-ed")
     * among its status and plan words.
     */
    boolean present(SentenceWords words, int clauseStart, Cue cue) {
        String[] lower = words.lower();
        for (int k = Math.max(clauseStart, cue.first() - 4); k <= cue.last(); k++) {
            boolean cueWord = k >= cue.first() || lexicon.modality().at(lower, k) != null;
            if (lexicon.is(lower[k], WordClass.PAST) || cueWord && lower[k].endsWith("ed")) {
                return false;
            }
        }
        return true;
    }

    private static FuzzyDate dateOf(TimeMention m) {
        if (m.date() != null) {
            return m.date();
        }
        return switch (m.kind()) {
            case RANGE, DECADE -> m.from();
            default -> null;
        };
    }
}
