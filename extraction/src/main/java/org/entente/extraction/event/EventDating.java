package org.entente.extraction.event;

import java.util.List;

import org.entente.extraction.FuzzyDate;
import org.entente.extraction.analysis.AnalysedSentence;
import org.entente.extraction.analysis.Article;
import org.entente.extraction.time.TimeMention;

/**
 * Dates an event by the time expression that belongs to its trigger, in this order:
 * <ol>
 *   <li>the first time expression after the trigger in its clause, before the next trigger ("the visit ... to Iraq
 *       in March 2021", "signed in November 2019 with ...");</li>
 *   <li>the nearest one before the trigger in its clause, after the previous trigger ("In 1990, Iraq invaded",
 *       "the 1971 war");</li>
 *   <li>a time expression opening the sentence ("In 2003, before the war, Pakistan announced ...");</li>
 *   <li>context: walking back through the paragraph to the nearest sentence that gives a date, that date if the
 *       sentence opens with it ("On 10 February 1973, police raided the embassy. ... Pakistan expelled the
 *       ambassador."), at most to the month: the day of a scene does not carry over to the next sentence;</li>
 *   <li>for an announced or planned act (036...), the publication date: such an event is dated when it was
 *       reported;</li>
 *   <li>otherwise none.</li>
 * </ol>
 * A vague expression ("recently", "in recent years", "over the past decade"), a decade or century, or a relative
 * one that could not be resolved ends the search with no date: the text gives none. Ranges give their start year;
 * "since", "until" and "by" mark a bound, not the event's time, and are passed over. For an intent, expressions
 * later than the publication date (the time of the planned act) are passed over too.
 */
final class EventDating {

    /**
     * A date and how it was found.
     *
     * @param date      the date, or null
     * @param certainty how surely it is the event's date, 0 to 1
     */
    record Dated(FuzzyDate date, double certainty) {
        static final Dated NONE = new Dated(null, 0.9);
    }

    private static final int OPENING_TOKENS = 4;
    private static final int CONTEXT_SENTENCES = 3;
    private static final int OPENING_CHARACTERS = 24;

    private final Article article;

    EventDating(Article article) {
        this.article = article;
    }

    Dated date(Syntax syntax, Hit hit, List<Hit> hits, Mood mood) {
        SentenceView view = syntax.view();
        Clauses clauses = syntax.clauses();
        int next = view.size();
        int previous = -1;
        for (Hit other : hits) {
            if (other.start() >= hit.end() && other.start() < next) {
                next = other.start();
            }
            if (other.end() <= hit.start() && other.end() - 1 > previous) {
                previous = other.end() - 1;
            }
        }
        int seen = -1;
        for (int i = hit.end(); i < next; i++) {
            int t = view.timeIndexAt(i);
            if (t >= 0 && t != seen && clauses.same(i, hit.start())) {
                seen = t;
                Outcome outcome = judge(view.timeAt(i), mood);
                if (outcome != Outcome.SKIP) {
                    return outcome.dated(view.timeAt(i), 1.0);
                }
            }
        }
        seen = -1;
        for (int i = hit.start() - 1; i > previous; i--) {
            int t = view.timeIndexAt(i);
            if (t >= 0 && t != seen && clauses.same(i, hit.start())) {
                seen = t;
                Outcome outcome = judge(view.timeAt(i), mood);
                if (outcome != Outcome.SKIP) {
                    return outcome.dated(view.timeAt(i), 1.0);
                }
            }
        }
        for (int i = 0; i < Math.min(OPENING_TOKENS, view.size()); i++) {
            TimeMention opening = view.timeAt(i);
            if (opening != null) {
                Outcome outcome = judge(opening, mood);
                if (outcome != Outcome.SKIP) {
                    return outcome.dated(opening, 0.95);
                }
                break;
            }
        }
        Dated context = context(view.analysed());
        if (context != null) {
            return context;
        }
        if (mood == Mood.INTENT && article.published().date() != null) {
            return new Dated(article.published().date(), 0.8);
        }
        return Dated.NONE;
    }

    private enum Outcome {
        DATE, NO_DATE, SKIP;

        Dated dated(TimeMention mention, double certainty) {
            if (this == NO_DATE) {
                return Dated.NONE;
            }
            return new Dated(dateOf(mention), certainty);
        }
    }

    private Outcome judge(TimeMention mention, Mood mood) {
        String cue = mention.cue();
        if (cue != null && (cue.equals("since") || cue.equals("until") || cue.equals("till") || cue.equals("by"))) {
            return Outcome.SKIP;
        }
        FuzzyDate date = dateOf(mention);
        if (mood == Mood.INTENT && date != null && article.published().date() != null
                && isAfter(date, article.published().date())) {
            return Outcome.SKIP;
        }
        return date == null ? Outcome.NO_DATE : Outcome.DATE;
    }

    private static FuzzyDate dateOf(TimeMention mention) {
        if (mention.date() != null) {
            return mention.date();
        }
        if (mention.kind() == TimeMention.Kind.RANGE && mention.from() != null) {
            return FuzzyDate.ofYear(mention.from().year());
        }
        return null;
    }

    /** The date opening the nearest earlier sentence of the paragraph that gives one, to the month. */
    private Dated context(AnalysedSentence sentence) {
        List<AnalysedSentence> sentences = article.sentences();
        int index = sentence.sentence().index();
        for (int k = index - 1; k >= Math.max(0, index - CONTEXT_SENTENCES); k--) {
            AnalysedSentence earlier = sentences.get(k);
            if (earlier.sentence().paragraph() != sentence.sentence().paragraph()) {
                return null;
            }
            if (earlier.times().isEmpty()) {
                continue;
            }
            TimeMention first = earlier.times().get(0);
            FuzzyDate date = dateOf(first);
            boolean opening = first.start() - earlier.sentence().start() <= OPENING_CHARACTERS;
            if (date == null || !opening) {
                return null;
            }
            FuzzyDate month = date.month() == null ? date : FuzzyDate.ofMonth(date.year(), date.month());
            return new Dated(month, 0.85);
        }
        return null;
    }

    private static boolean isAfter(FuzzyDate date, FuzzyDate reference) {
        if (date.year() != reference.year()) {
            return date.year() > reference.year();
        }
        if (date.month() == null || reference.month() == null) {
            return false;
        }
        if (!date.month().equals(reference.month())) {
            return date.month() > reference.month();
        }
        return date.day() != null && reference.day() != null && date.day() > reference.day();
    }
}
