package org.entente.extraction.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.entente.extraction.FuzzyDate;
import org.entente.extraction.analysis.AnalysedSentence;
import org.entente.extraction.analysis.Article;
import org.entente.extraction.time.TimeMention;

/**
 * Dates an event by the time expression that belongs to its trigger, in this order:
 * <ol>
 *   <li>the first time expression after the trigger in its clause, before the next trigger that makes an event
 *       ("the visit ... to Iraq in March 2021", "signed in November 2019 with ..."); a noun's phrase ends at a
 *       comma (unless a date follows it: "the visit to Athens, in December 2017,") or at the verb of its clause;
 *       such an expression belongs to this trigger and no other;</li>
 *   <li>for a noun, a date inside its own phrase ("the 1971 war");</li>
 *   <li>for a noun followed by coordinated nouns, the date of the list ("the invasion of Kuwait, the occupation
 *       of Kuwait and the war in 1990");</li>
 *   <li>for a verb, or a noun right after its verb ("Pakistan provided support"), the nearest expression before
 *       it in its clause that no other trigger took ("In 1990, Iraq invaded"), or one another trigger took
 *       ("During the visit in September 2014, Beijing pledged"); for another noun only the date that ends the
 *       list member before it ("... in 1973, the expulsion of the ambassador"): other dates before a noun's phrase
 *       belong to something else;</li>
 *   <li>for a verb coordinated with an earlier one ("signed the treaty in 1865 and fought Paraguay"), that verb's
 *       date;</li>
 *   <li>for a trigger in a 'when' (or 'where') clause that follows a date, or in a clause it embeds, that date ("The
 *       crisis began on 3 March 2015, when Kenya expelled the ambassador");</li>
 *   <li>an expression opening the sentence, after nothing but function words ("In 2003, before the war,
 *       Pakistan announced ...", not "The arrests in 2019 and ...");</li>
 *   <li>for a trigger of the main clause, the date of a temporal clause opening the sentence ("When Xi left Hanoi
 *       last Wednesday, both governments declared his visit a success");</li>
 *   <li>for a trigger after a phrase of setting that opens the sentence with a date, in any clause ("At a NATO
 *       summit in Madrid in June 2022 the three countries signed a memorandum under which Sweden undertook ..."),
 *       that date;</li>
 *   <li>context: walking back through the paragraph to the nearest sentence that gives a date, that date if the
 *       sentence opens with it ("On 10 February 1973, police raided the embassy. ... Pakistan expelled the
 *       ambassador."), at most to the month: the day of a scene does not carry over to the next sentence; for a
 *       verb told as a past event, also the one date the sentence right before gives, wherever it stands
 *       ("Riyadh cut ties on Jan. 3, 2016. Bahrain also broke off relations.");</li>
 *   <li>for an announced or planned act, or an intent told in the present perfect ("have agreed to broaden their
 *       cooperation"), the publication date when the caller, the file or a dateline or byline gave it (not a
 *       copyright year): such an event is dated when it was reported;</li>
 *   <li>in a news report, the date of the scene it opens with (a day at most a week before the time of writing),
 *       for an event told before the report turns to the background (a heading or a sentence opening with an
 *       older date);</li>
 *   <li>otherwise none.</li>
 * </ol>
 * A vague expression ("recently", "in recent years", "over the past decade"), a decade or century, or a relative
 * one that could not be resolved ends the search with no date: the text gives none. Ranges give their start year;
 * "since", "until" and "by" mark a bound, and a duration ("for four days", "the first visit in six years") a length,
 * not the event's time: they are passed over, and so is a year that names another thing ("in breach of the 1923
 * treaty"). For an intent (an announced or planned act, or a 03x code), expressions later than the publication
 * date (the time of the planned act) are passed over, and so is everything after a trigger that takes a content
 * ("agreed to revive an accord signed in 2001"): it dates the content, not the agreement.
 *
 * <p>One per article; not thread-safe (it remembers which expressions of the current sentence are taken).
 */
final class EventDating {

    /**
     * A date and how surely it is the event's.
     *
     * @param date      the date, or null
     * @param certainty 0 to 1
     */
    record Dated(FuzzyDate date, double certainty) {
        static final Dated NONE = new Dated(null, 0.9);
    }

    private static final double WRITING_CERTAINTY = 0.6;
    private static final double REPORT_CERTAINTY = 0.8;
    private static final int OPENING_TOKENS = 4;
    private static final int CONTEXT_SENTENCES = 3;
    private static final int NARRATIVE_SENTENCES = 2;
    private static final int OPENING_CHARACTERS = 24;
    private static final Set<String> FRONTED_TIME_OPENERS = Set.of("when", "while", "as");
    /** Prepositions that open a phrase of setting ("At a summit in Madrid in June 2022 ..."). */
    private static final Set<String> SETTING_OPENERS = Set.of("at", "in", "during", "on");
    /** How far into the sentence a phrase of setting may hold its date. */
    private static final int SETTING_REACH = 12;
    /** Words between the members of a list of dates ("in 2016, 2020 and 2023", "in 2005 and again in 2022"). */
    private static final Set<String> DATE_LIST_WORDS = Set.of(",", "and", "again", "also", "in", "on");
    /** Prepositions that place an act at the time of a thing named with its year ("during the 2005 earthquake"). */
    private static final Set<String> TIME_OF_THING = Set.of("during", "in", "amid", "after", "following");
    /** How many words may stand between such a preposition and the year ("in the devastating 2005 earthquake"). */
    private static final int NAMED_THING_WORDS = 4;
    /** Words before two dates that make them the ends of one period ("between 2016 and 2020"). */
    private static final Set<String> RANGE_OPENERS = Set.of("between", "from");

    private static final int UNKNOWN = -1;
    private static final long SCENE_DAYS = 7;
    private static final long BACKGROUND_DAYS = 31;
    /** How many words before the comma a participle's governing verb may stand ("objected almost immediately, ..."). */
    private static final int PARTICIPLE_REACH = 4;

    private final Article article;
    /**
     * Whether the trigger being dated is told in the narrative past: then "by" a date ("withdrew by mid-March 1979")
     * dates it; a plan, target or state reached by a date ("aim to double trade by 2030", "had risen by 2015") is not
     * dated by it.
     */
    private boolean narratedTrigger;
    /** Whether the trigger being dated is a state that results from the act ("have been severed since 2016"). */
    private boolean resultState;
    private int sceneEnd = UNKNOWN;
    private FuzzyDate sceneDate;

    EventDating(Article article) {
        this.article = article;
    }

    /**
     * The date of a trigger.
     *
     * @param hits        all triggers of the sentence, in text order
     * @param productive  the triggers of the sentence that make events, in text order
     * @param intent      whether the event is an intent (a 03x code, or an announced or planned act): dates after
     *                    the publication date are passed over
     * @param planned     whether the act is announced or planned, not done: it is dated when reported
     * @param taken       indexes of the sentence's time expressions already taken by a trigger; updated
     * @param coordinated the date of the verb this one is coordinated with, or null
     */
    Dated date(Syntax syntax, Hit hit, List<Hit> hits, List<Hit> productive, boolean intent, boolean planned,
               Set<Integer> taken, Dated coordinated) {
        SentenceView view = syntax.view();
        narratedTrigger = isNarrated(syntax, hit);
        resultState = isPerfectPassive(syntax, hit);
        Hit next = nextAfter(hit, productive);
        if (!hit.trigger().has(Trigger.Flag.CONTENT)) {
            Dated after = after(syntax, hit, next, intent, taken);
            if (after != null) {
                return after;
            }
            Dated during = duringNamedAct(syntax, next, intent);
            if (during != null) {
                return during;
            }
        } else {
            Dated adjunct = beforeContent(syntax, hit, intent, taken);
            if (adjunct != null) {
                return adjunct;
            }
        }
        if (!hit.isVerb()) {
            Dated own = ownPhrase(syntax, hit, intent, taken);
            if (own != null) {
                return own;
            }
            Dated list = listDate(syntax, hit, hits, intent, taken);
            if (list != null) {
                return list;
            }
            Dated described = participleAfter(syntax, hit, intent, taken);
            if (described != null) {
                return described;
            }
        }
        if (hit.isVerb() || isObjectOfVerb(syntax, hit) || isTimeFrame(syntax, hit)) {
            Dated before = before(syntax, hit, intent, taken, true);
            if (before != null) {
                return before;
            }
        } else {
            Dated listed = previousListMember(syntax, hit, intent);
            if (listed != null) {
                return listed;
            }
        }
        Dated when = whenClauseAfterDate(syntax, hit, intent);
        if (when != null) {
            return when;
        }
        for (int i = 0; i < Math.min(OPENING_TOKENS, view.size()); i++) {
            if (view.timeAt(i) == null && !syntax.isFunctionWord(i) && !syntax.is(i, WordClass.DET)
                    && !syntax.is(i, WordClass.ADVERB) && view.token(i).isWord()) {
                break;
            }
            TimeMention opening = view.timeAt(i);
            if (opening != null && !taken.contains(view.timeIndexAt(i))) {
                Outcome outcome = judge(syntax, i, intent);
                if (outcome != Outcome.SKIP) {
                    return outcome.dated(opening, 0.95);
                }
                break;
            }
        }
        Dated fronted = frontedTimeClause(syntax, hit, intent, taken);
        if (fronted != null) {
            return fronted;
        }
        Dated setting = frontedSetting(syntax, hit, intent);
        if (setting != null) {
            return setting;
        }
        Dated linked = afterOrBeforeClause(syntax, hit, intent);
        if (linked != null) {
            return linked;
        }
        if (coordinated != null && coordinated.date() != null) {
            return coordinated;
        }
        Dated context = intent || planned || narratedTrigger
                ? context(view.analysed(), isPastEvent(syntax, hit)) : null;
        if (context != null) {
            return context;
        }
        if ((planned || intent && isPresentPerfect(syntax, hit)) && isTimeOfWriting(article.published())) {
            return new Dated(article.published().date(), 0.8);
        }
        Dated scene = scene(view.analysed());
        return scene != null ? scene : Dated.NONE;
    }

    /**
     * "Turkish officials said Greece should stop arming the islands": the date of writing, for a statement that a
     * dated report tells without a date of its own, or {@link Dated#NONE} when the article's date is not known.
     */
    Dated timeOfWriting() {
        return isTimeOfWriting(article.published()) ? new Dated(article.published().date(), WRITING_CERTAINTY)
                : Dated.NONE;
    }

    /**
     * "The president will visit Lima next year, officials said in 2019": an announced intent without a date of its own
     * is dated when it was announced, by a date in the clause of a verb of saying in its sentence; null when none.
     */
    Dated dateOfReport(Syntax syntax) {
        SentenceView view = syntax.view();
        for (int i = 0; i < view.size(); i++) {
            if (!syntax.is(i, WordClass.REPORTING)) {
                continue;
            }
            for (int j = syntax.clauses().start(i); j < syntax.clauses().end(i); j++) {
                TimeMention time = view.timeAt(j);
                if (time != null && syntax.clauses().same(i, j) && time.date() != null
                        && judge(syntax, j, false) == Outcome.DATE) {
                    return new Dated(time.date(), REPORT_CERTAINTY);
                }
            }
        }
        return null;
    }

    /**
     * A news report opens with a scene ("ATHENS, Dec 7 - Erdogan and Mitsotakis signed a declaration on Thursday"):
     * an undated event told before the report turns to the background (a heading, or a sentence opening with an
     * older date: "In August 2020 Turkey sent ...") belongs to it and takes its date.
     */
    private Dated scene(AnalysedSentence sentence) {
        if (sceneEnd == UNKNOWN) {
            findScene();
        }
        return sceneDate != null && sentence.sentence().index() < sceneEnd ? new Dated(sceneDate, 0.8) : null;
    }

    /**
     * The scene: the last date of the first sentence of the text (not a heading, a date line or a byline) that gives
     * one ("LIMA, Dec 8 - ... signed on Thursday" → the Thursday), when the sentence opens with a day at most a week
     * before the time of writing, up to the first heading or the first sentence opening with a date more than a month
     * before the time of writing.
     */
    private void findScene() {
        sceneEnd = 0;
        org.entente.extraction.PublicationDate published = article.published();
        if (!isTimeOfWriting(published) || published.date().day() == null) {
            return;
        }
        java.time.LocalDate writing = day(published.date());
        List<AnalysedSentence> sentences = article.sentences();
        int lead = -1;
        for (int k = 0; k < sentences.size() && lead < 0; k++) {
            if (sentences.get(k).sentence().heading()) {
                continue;
            }
            for (TimeMention mention : sentences.get(k).times()) {
                FuzzyDate date = dateOf(mention);
                if (date == null) {
                    continue;
                }
                long before = date.day() == null ? -1
                        : java.time.temporal.ChronoUnit.DAYS.between(day(date), writing);
                if (before < 0 || before > SCENE_DAYS) {
                    if (lead < 0) {
                        return;
                    }
                    continue;
                }
                sceneDate = date;
                lead = k;
            }
        }
        sceneEnd = sentences.size();
        for (int k = lead + 1; k < sentences.size(); k++) {
            AnalysedSentence s = sentences.get(k);
            if (s.sentence().heading() || turnsToBackground(s, writing)) {
                sceneEnd = k;
                return;
            }
        }
    }

    /**
     * Whether a sentence turns to the background: it opens with a date more than a month before the time of
     * writing ("In August 2020 Turkey sent ..."), or the first date that times it is one and stands in its first
     * clause, before any comma ("Sweden applied to join NATO in May 2022, three months after ..."); not a sentence of
     * the scene that recalls an older date after its own ("met on Thursday, their first talks since 2019") or in a
     * phrase or clause after a comma ("agreed to raise trade to 10 billion euros, from 6 billion last year"), nor one
     * that gives only the start of a span ("will offer visas from April").
     */
    private static boolean turnsToBackground(AnalysedSentence s, java.time.LocalDate writing) {
        if (s.times().isEmpty()) {
            return false;
        }
        TimeMention first = s.times().get(0);
        if (dateOf(first) != null && first.start() - s.sentence().start() <= OPENING_CHARACTERS) {
            return isBackground(dateOf(first), writing);
        }
        int comma = s.sentence().text().indexOf(',');
        for (TimeMention timing : s.times()) {
            if (comma >= 0 && timing.start() >= s.sentence().start() + comma) {
                return false;
            }
            // "will offer visas from April": the start of a span, not the time of the sentence
            if (givesSentenceTime(timing) && !"from".equals(timing.cue())) {
                return isBackground(dateOf(timing), writing);
            }
        }
        return false;
    }

    private static boolean isBackground(FuzzyDate date, java.time.LocalDate writing) {
        java.time.LocalDate start = java.time.LocalDate.of(date.year(), date.month() == null ? 1 : date.month(),
                date.day() == null ? 1 : date.day());
        return java.time.temporal.ChronoUnit.DAYS.between(start, writing) > BACKGROUND_DAYS;
    }

    private static java.time.LocalDate day(FuzzyDate date) {
        return java.time.LocalDate.of(date.year(), date.month(), date.day());
    }

    private static boolean isTimeOfWriting(org.entente.extraction.PublicationDate published) {
        return published.date() != null && switch (published.foundBy()) {
            case "request", "metadata", "dateline", "byline" -> true;
            default -> false;
        };
    }

    private static Hit nextAfter(Hit hit, List<Hit> productive) {
        for (Hit other : productive) {
            if (other.start() >= hit.end()) {
                return other;
            }
        }
        return null;
    }

    /**
     * "The two governments agreed in 2010 to build a bridge", "Quito announced on Monday that it would reopen its
     * embassy": a time expression right after a verb that takes a content (before its 'to' or 'that') dates the verb,
     * not the content; null when none stands there.
     */
    private Dated beforeContent(Syntax syntax, Hit hit, boolean intent, Set<Integer> taken) {
        SentenceView view = syntax.view();
        int i = hit.end();
        if (i < view.size() && view.timeAt(i) == null && syntax.is(i, WordClass.PREP)) {
            i++;
        }
        if (i >= view.size() || view.timeIndexAt(i) < 0 || taken.contains(view.timeIndexAt(i))) {
            return null;
        }
        Outcome outcome = judge(syntax, i, intent);
        if (outcome == Outcome.SKIP) {
            return null;
        }
        if (outcome == Outcome.DATE) {
            taken.add(view.timeIndexAt(i));
        }
        return outcome.dated(view.timeAt(i), 1.0);
    }

    /**
     * The first time expression after the trigger in the clause of its last word (a form may reach into a relative
     * clause: "a ceasefire that took effect on 12 May").
     */
    private Dated after(Syntax syntax, Hit hit, Hit next, boolean intent, Set<Integer> taken) {
        SentenceView view = syntax.view();
        int end = next == null ? view.size() : next.isVerb() ? next.start() : syntax.nounPhraseStart(next);
        int seen = -1;
        boolean subject = !hit.isVerb() && isClauseSubject(syntax, hit);
        for (int i = hit.end(); i < end; i++) {
            if (!syntax.clauses().same(i, hit.end() - 1)) {
                if (syntax.clauses().clauseAt(i).opener() == Clauses.Opener.MAIN) {
                    break;
                }
                continue;
            }
            int t = view.timeIndexAt(i);
            if (t >= 0 && t != seen) {
                seen = t;
                Outcome outcome = judge(syntax, i, intent);
                if (outcome == Outcome.SKIP || taken.contains(t)) {
                    continue;
                }
                if (outcome == Outcome.DATE) {
                    taken.add(t);
                }
                return outcome.dated(view.timeAt(i), 1.0);
            }
            if (!hit.isVerb() && view.slotAt(i) == null && endsNounPhrase(syntax, i)
                    && !(subject && isAuxiliary(syntax, i))) {
                return null;
            }
        }
        return null;
    }

    /**
     * "In October 2013 the accord was signed in Beijing during the prime minister's visit": a noun after 'during'
     * is the time frame of the act it accompanies and shares that act's date.
     */
    private static boolean isTimeFrame(Syntax syntax, Hit hit) {
        int start = syntax.nounPhraseStart(hit);
        return start > 0 && syntax.view().lower(start - 1).equals("during");
    }

    /**
     * "Border talks were held in 2021", "Corps commander-level talks had begun on 6 June 2020": a noun that is the
     * subject of its clause (nothing but its own modifiers before it) is dated by its predicate, auxiliary and all.
     */
    private static boolean isClauseSubject(Syntax syntax, Hit hit) {
        int start = syntax.clauses().start(hit.start());
        for (int i = start; i < hit.start(); i++) {
            if (!syntax.isNounPhraseWord(i) || syntax.is(i, WordClass.PREP) || syntax.view().slotAt(i) != null
                    || syntax.view().timeAt(i) != null) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAuxiliary(Syntax syntax, int i) {
        return syntax.is(i, WordClass.BE) || syntax.is(i, WordClass.HAVE);
    }

    /**
     * "When Xi left Hanoi last Wednesday, both governments declared his visit a success": a temporal clause that opens
     * the sentence ("when", "while", "as") dates the clauses that follow it (up to another date), even when the date is
     * also that of the clause's own event ("When Wen visited Delhi in December 2010, the two sides set a target": same
     * time), and the clauses after a 'but' or ', and' too ("..., Brazil declared its neutrality but backed ...").
     */
    private Dated frontedTimeClause(Syntax syntax, Hit hit, boolean intent, Set<Integer> taken) {
        SentenceView view = syntax.view();
        Clauses clauses = syntax.clauses();
        if (view.size() == 0 || !FRONTED_TIME_OPENERS.contains(view.lower(0))
                || clauses.clauseAt(0).opener() != Clauses.Opener.SUBORDINATE
                || clauses.same(0, hit.start()) || hit.start() < clauses.end(0)) {
            return null;
        }
        for (int i = clauses.end(0); i < hit.start(); i++) {
            if (view.timeAt(i) != null) {
                return null; // a date of its own between: "When ..., Brazil declared ... and in 1983 it ..."
            }
        }
        for (int i = 1; i < clauses.end(0); i++) {
            int t = view.timeIndexAt(i);
            if (t >= 0 && judge(syntax, i, intent) == Outcome.DATE) {
                return Outcome.DATE.dated(view.timeAt(i), 0.9);
            }
        }
        return null;
    }

    /**
     * "At a NATO summit in Madrid in June 2022 the three countries signed a memorandum under which Sweden undertook to
     * ...": a phrase of setting that opens the sentence ("at", "in", "during", "on" ...) and holds a date before any
     * verb or comma sets the time of every act after it that has no date of its own, also in a relative or
     * subordinate clause. Null when the sentence opens otherwise.
     */
    private Dated frontedSetting(Syntax syntax, Hit hit, boolean intent) {
        SentenceView view = syntax.view();
        if (view.size() == 0 || !SETTING_OPENERS.contains(view.lower(0))) {
            return null;
        }
        for (int i = 1; i < Math.min(hit.start(), SETTING_REACH); i++) {
            if (view.isPastForm(i) || view.isPunct(i, ",")) {
                return null;
            }
            if (view.timeIndexAt(i) >= 0 && judge(syntax, i, intent) == Outcome.DATE) {
                int end = i;
                while (end < view.size() && view.timeAt(end) == view.timeAt(i)) {
                    end++;
                }
                for (int k = end; k < hit.start(); k++) {
                    if (view.timeAt(k) != null) {
                        return null; // a date of its own between
                    }
                }
                return Outcome.DATE.dated(view.timeAt(i), 0.9);
            }
        }
        return null;
    }

    /**
     * "Bolivia recalled its consul after Chile closed the border in 2019", "Relations cooled in 2019 after Chile
     * expelled the consul": an act without a date of its own, in a clause that an 'after' or 'before' clause is tied
     * to or in that clause, happened about when the other clause's date says: its year (the days between are not
     * told). The clause tied to is the one right before the 'after', or after an 'and' or 'but' any main clause of
     * the sentence. Null when no such clause gives a date.
     */
    private Dated afterOrBeforeClause(Syntax syntax, Hit hit, boolean intent) {
        SentenceView view = syntax.view();
        Clauses clauses = syntax.clauses();
        Clauses.Clause own = clauses.clauseAt(hit.start());
        for (int i = 0; i < view.size(); i++) {
            if (view.timeIndexAt(i) < 0 || !isTied(view, clauses, own, clauses.clauseAt(i))
                    || judge(syntax, i, intent) != Outcome.DATE) {
                continue;
            }
            FuzzyDate date = dateOf(view.timeAt(i));
            return date == null ? null : new Dated(FuzzyDate.ofYear(date.year()), 0.8);
        }
        return null;
    }

    /** Whether an 'after' or 'before' clause ties clause {@code own} and clause {@code other}, either way round. */
    private static boolean isTied(SentenceView view, Clauses clauses, Clauses.Clause own, Clauses.Clause other) {
        if (other.id() == own.id()) {
            return false;
        }
        if (isAfterOrBefore(view, own)) {
            Clauses.Clause host = hostOf(view, clauses, own);
            return host == null ? other.opener() == Clauses.Opener.MAIN : other.id() == host.id();
        }
        if (own.opener() != Clauses.Opener.MAIN || !isAfterOrBefore(view, other)) {
            return false;
        }
        Clauses.Clause host = hostOf(view, clauses, other);
        return host == null || host.id() == own.id();
    }

    /**
     * The clause an 'after' or 'before' clause is tied to: the one right before its opener (a comma between), or
     * null when an 'and' or 'but' stands there (then it is tied to the sentence's main clauses).
     */
    private static Clauses.Clause hostOf(SentenceView view, Clauses clauses, Clauses.Clause clause) {
        int k = clause.openerAt() - 1;
        if (k > 0 && view.lower(k).equals(",")) {
            k--;
        }
        if (k < 0) {
            return null;
        }
        String before = view.lower(k);
        return before.equals("and") || before.equals("but") ? null : clauses.clauseAt(k);
    }

    private static boolean isAfterOrBefore(SentenceView view, Clauses.Clause clause) {
        if (clause.opener() != Clauses.Opener.SUBORDINATE || clause.openerAt() < 0) {
            return false;
        }
        String opener = view.lower(clause.openerAt());
        return opener.equals("after") || opener.equals("before");
    }

    /**
     * "The crisis began on 3 March 2015, when Kenya expelled the ambassador": a 'when' clause right after a date
     * tells what happened at that date, and so do the clauses it embeds ("..., when both governments announced that
     * Kenya would release ..."); so does an 'in which' or 'during which' clause ("a war was fought in 1863, in which
     * Colombian forces defeated ..."), and a 'where' clause after the date of a stay ("paid a visit to Ankara in
     * September 2024, where the two presidents signed ...").
     */
    private Dated whenClauseAfterDate(Syntax syntax, Hit hit, boolean intent) {
        SentenceView view = syntax.view();
        Clauses clauses = syntax.clauses();
        for (int i = hit.start() - 1; i > 0; i--) {
            Clauses.Clause clause = clauses.clauseAt(i);
            if (clause.opener() == Clauses.Opener.MAIN) {
                return null;
            }
            boolean inWhich = view.lower(i).equals("which") && i > 1
                    && (view.lower(i - 1).equals("in") || view.lower(i - 1).equals("during"));
            if (clause.openerAt() == i && (view.lower(i).equals("when") || view.lower(i).equals("where") || inWhich)) {
                int before = inWhich ? i - 1 : i;
                int t = view.lower(before - 1).equals(",") ? before - 2 : before - 1;
                if (t < 0 || view.timeAt(t) == null) {
                    return null;
                }
                Outcome outcome = judge(syntax, t, intent);
                return outcome == Outcome.DATE ? outcome.dated(view.timeAt(t), 0.95) : null;
            }
        }
        return null;
    }

    /**
     * "Pakistan provided support", "arrived on Tuesday for talks": a noun right after a verb, or in a purpose
     * phrase after its phrases, is dated as the verb is.
     */
    private static boolean isObjectOfVerb(Syntax syntax, Hit hit) {
        int i = syntax.nounPhraseStart(hit) - 1;
        if (i > 0 && syntax.view().lower(i).equals("for")) {
            i--;
            return syntax.view().timeAt(i) != null || syntax.view().slotAt(i) != null;
        }
        return i >= 0 && syntax.view().token(i).isWord() && syntax.view().slotAt(i) == null
                && !syntax.isFunctionWord(i) && !syntax.is(i, WordClass.DET);
    }

    /**
     * "the discovery of arms at the embassy in 1973, the expulsion of the ambassador": a list member takes the date
     * that ends the member before it.
     */
    private Dated previousListMember(Syntax syntax, Hit hit, boolean intent) {
        int i = syntax.nounPhraseStart(hit) - 1;
        if (i < 1 || !syntax.view().lower(i).equals(",")) {
            return null;
        }
        TimeMention previous = syntax.view().timeAt(i - 1);
        if (previous == null) {
            return null;
        }
        Outcome outcome = judge(syntax, i - 1, intent);
        return outcome == Outcome.DATE ? outcome.dated(previous, 0.9) : null;
    }

    /** "the 1971 war", "Erdogan's 2017 visit": a date among a noun's modifiers. */
    private Dated ownPhrase(Syntax syntax, Hit hit, boolean intent, Set<Integer> taken) {
        SentenceView view = syntax.view();
        for (int i = hit.start() - 1; i >= Math.max(0, hit.start() - 4); i--) {
            int t = view.timeIndexAt(i);
            if (t >= 0) {
                Outcome outcome = judge(syntax, i, intent, true);
                if (outcome == Outcome.SKIP) {
                    return null;
                }
                taken.add(t);
                return outcome.dated(view.timeAt(i), 1.0);
            }
            if (!syntax.isNounPhraseWord(i) || syntax.is(i, WordClass.DET)) {
                return null;
            }
        }
        return null;
    }

    /**
     * "Talks between the two governments, held in Khartoum in December 2020, broke down": a participle phrase set off
     * by commas after a noun describes it, and its date is the noun's.
     */
    private Dated participleAfter(Syntax syntax, Hit hit, boolean intent, Set<Integer> taken) {
        SentenceView view = syntax.view();
        int comma = syntax.nounPhraseEnd(hit);
        if (comma + 1 >= view.size() || !view.lower(comma).equals(",") || !isParticiple(syntax, comma + 1)) {
            return null;
        }
        for (int i = comma + 2; i < view.size() && !view.lower(i).equals(","); i++) {
            int t = view.timeIndexAt(i);
            if (t >= 0 && !taken.contains(t)) {
                Outcome outcome = judge(syntax, i, intent);
                if (outcome != Outcome.DATE) {
                    return null;
                }
                taken.add(t);
                return outcome.dated(view.timeAt(i), 0.95);
            }
        }
        return null;
    }

    private static boolean isParticiple(Syntax syntax, int i) {
        return syntax.view().lower(i).endsWith("ed") || syntax.is(i, WordClass.PARTICIPLE);
    }

    /**
     * "the invasion of Kuwait, the occupation of Kuwait and the Persian Gulf War in 1990": nouns coordinated in a
     * list share the date the list gives after its last member.
     */
    private Dated listDate(Syntax syntax, Hit hit, List<Hit> hits, boolean intent, Set<Integer> taken) {
        Hit current = hit;
        for (int member = 0; member < 4; member++) {
            Hit next = nextAfter(current, hits);
            if (next == null || next.isVerb() || !syntax.isNextInList(current, next)) {
                return null;
            }
            Dated date = after(syntax, next, nextAfter(next, hits), intent, new java.util.HashSet<>(taken));
            if (date != null) {
                return date;
            }
            current = next;
        }
        return null;
    }

    /**
     * A comma not followed by a date, 'and' or 'or' not followed by one, or a verb's auxiliary: a noun's phrase is
     * over; not 'and' or 'or' between two actors ("talks between Saudi and Iranian officials in April 2021").
     */
    private static boolean endsNounPhrase(Syntax syntax, int i) {
        SentenceView view = syntax.view();
        String w = view.lower(i);
        if ((w.equals("and") || w.equals("or")) && i > 0 && i + 1 < view.size() && view.slotAt(i - 1) != null
                && view.slotAt(i + 1) != null) {
            return false;
        }
        if (w.equals(",") || w.equals("and") || w.equals("or")) {
            int j = i + 1;
            if (j < view.size() && syntax.is(j, WordClass.PREP)) {
                j++;
            }
            return j >= view.size() || view.timeAt(j) == null;
        }
        return syntax.is(i, WordClass.BE) || syntax.is(i, WordClass.HAVE) || syntax.is(i, WordClass.MODAL)
                || syntax.is(i, WordClass.FUTURE);
    }

    /**
     * The nearest date before a trigger in its clause.
     *
     * @param shared whether a date another trigger took may date this one too
     */
    private Dated before(Syntax syntax, Hit hit, boolean intent, Set<Integer> taken, boolean shared) {
        SentenceView view = syntax.view();
        int start = syntax.clauses().start(hit.start());
        int seen = -1;
        for (int i = hit.start() - 1; i >= start; i--) {
            int t = view.timeIndexAt(i);
            if (t < 0 || t == seen || taken.contains(t) && !shared || !syntax.clauses().same(i, hit.start())) {
                continue;
            }
            seen = t;
            Outcome outcome = judge(syntax, i, intent);
            if (outcome != Outcome.SKIP) {
                return outcome.dated(view.timeAt(i), 1.0);
            }
        }
        return null;
    }

    /** What a time expression says of an event's date. */
    private enum Outcome {
        DATE, NO_DATE, SKIP;

        Dated dated(TimeMention mention, double certainty) {
            if (this == NO_DATE) {
                return Dated.NONE;
            }
            return new Dated(dateOf(mention), certainty);
        }
    }

    private Outcome judge(Syntax syntax, int token, boolean intent) {
        return judge(syntax, token, intent, false);
    }

    /**
     * What the time expression at {@code token} says of the event's date.
     *
     * @param ownPhrase whether it stands among the trigger's own modifiers (then a year before a noun is the
     *                  trigger's: "the 1971 war")
     */
    private Outcome judge(Syntax syntax, int token, boolean intent, boolean ownPhrase) {
        TimeMention mention = syntax.view().timeAt(token);
        String cue = mention.cue();
        if (cue != null && (cue.equals("since") && !resultState || cue.equals("until") || cue.equals("till")
                || cue.equals("by") && (intent || !narratedTrigger))) {
            return Outcome.SKIP;
        }
        if (mention.kind() == TimeMention.Kind.PERIOD && isDuration(mention)) {
            return Outcome.SKIP;
        }
        if (!ownPhrase && (namesAnotherThing(syntax, mention) || datesANamedThing(syntax, token))
                && !isTimeOfTheNamedThing(syntax, token)) {
            return Outcome.SKIP;
        }
        FuzzyDate date = dateOf(mention);
        if (intent && date != null && article.published().date() != null
                && (isAfter(date, article.published().date()) || mention.relative() != null
                && mention.relative().offset() > 0)) {
            return Outcome.SKIP;
        }
        if (intent && date == null && (mention.kind() == TimeMention.Kind.PERIOD
                || mention.kind() == TimeMention.Kind.VAGUE)) {
            return Outcome.SKIP;
        }
        return date == null ? Outcome.NO_DATE : Outcome.DATE;
    }

    /** "for four days", "the first visit in six years": a length of time, not a time. */
    private static boolean isDuration(TimeMention mention) {
        String text = mention.text().toLowerCase(java.util.Locale.ROOT);
        return !(text.contains("past") || text.contains("last") || text.contains("recent")
                || text.contains("previous"));
    }

    /**
     * "the Alma-Ata Declaration of December 1991", "the Treaty of 1947": a date in an 'of' phrase after a capitalised
     * name is part of that name, not the time of the act the sentence tells.
     */
    private static boolean datesANamedThing(Syntax syntax, int token) {
        SentenceView view = syntax.view();
        int first = token;
        while (first > 0 && view.timeAt(first - 1) == view.timeAt(token)) {
            first--;
        }
        return first >= 2 && view.lower(first - 1).equals("of") && view.token(first - 2).isWord()
                && view.token(first - 2).isCapitalised() && view.timeAt(first - 2) == null;
    }

    /**
     * "Iraq's support for Islamabad in the 1971 war": an act placed by 'in', 'during', 'amid' or 'after' at the next
     * act of the sentence, which a year among its modifiers dates, happened that year; null otherwise.
     */
    private Dated duringNamedAct(Syntax syntax, Hit next, boolean intent) {
        if (next == null || next.isVerb()) {
            return null;
        }
        SentenceView view = syntax.view();
        int start = syntax.nounPhraseStart(next);
        if (start == 0 || !TIME_OF_THING.contains(view.lower(start - 1))) {
            return null;
        }
        for (int i = start; i < next.start(); i++) {
            if (view.timeIndexAt(i) >= 0 && judge(syntax, i, intent, true) == Outcome.DATE) {
                return Outcome.DATE.dated(view.timeAt(i), 0.9);
            }
        }
        return null;
    }

    /**
     * "Turkey sent relief during the 2005 earthquake", "supported Pakistan in the 1971 war", "after the floods of
     * 2022": a named thing's year dates the act that a 'during', 'in', 'amid' or 'after' phrase places at that thing.
     */
    private static boolean isTimeOfTheNamedThing(Syntax syntax, int token) {
        SentenceView view = syntax.view();
        int t = view.timeIndexAt(token);
        int i = token;
        while (i > 0 && view.timeIndexAt(i - 1) == t) {
            i--;
        }
        int steps = 0;
        while (i > 0 && steps < NAMED_THING_WORDS && !syntax.is(i - 1, WordClass.PREP)
                && (syntax.isNounPhraseWord(i - 1) || view.lower(i - 1).equals("of"))) {
            i--;
            steps++;
        }
        if (steps == 0 && i > 1 && view.lower(i - 1).equals("of")) {
            i--; // "the floods of 2022": back over the noun before 'of'
            while (i > 0 && steps < NAMED_THING_WORDS && !syntax.is(i - 1, WordClass.PREP)
                    && syntax.isNounPhraseWord(i - 1)) {
                i--;
                steps++;
            }
        }
        return i > 0 && TIME_OF_THING.contains(view.lower(i - 1));
    }

    /** "the 1923 Treaty of Lausanne", "the 1995 resolution": a year that names a thing, not the event's time. */
    private static boolean namesAnotherThing(Syntax syntax, TimeMention mention) {
        if (mention.kind() != TimeMention.Kind.YEAR || mention.cue() != null) {
            return false;
        }
        SentenceView view = syntax.view();
        int last = -1;
        for (int i = 0; i < view.size(); i++) {
            if (view.timeAt(i) == mention) {
                last = i;
            }
        }
        int next = last + 1;
        return last >= 0 && next < view.size() && view.token(next).isWord() && !syntax.is(next, WordClass.PREP)
                && !syntax.isFunctionWord(next) && !syntax.isTrigger(next);
    }

    /**
     * "Erdogan visited Pakistan in 2016, 2020 and 2023", "sent aid in 2005 and again in 2022", "during the wars of
     * 1965 and 1971": the other dates of a list that the sentence's one time expression giving {@code date} is in,
     * each the date of another happening of the same act; empty when there is no such list.
     */
    List<FuzzyDate> listedWith(Syntax syntax, FuzzyDate date) {
        SentenceView view = syntax.view();
        int found = -1;
        for (int i = 0; i < view.size(); i++) {
            int t = view.timeIndexAt(i);
            if (t >= 0 && (i == 0 || view.timeIndexAt(i - 1) != t) && date.equals(dateOf(view.timeAt(i)))) {
                if (found >= 0) {
                    return List.of();
                }
                found = i;
            }
        }
        if (found < 0 || !isPointInTime(view.timeAt(found))
                || found > 0 && RANGE_OPENERS.contains(view.lower(found - 1))) {
            return List.of();
        }
        List<FuzzyDate> more = new ArrayList<>();
        int first = found;
        while (true) {
            int j = first - 1;
            boolean joint = false;
            while (j >= 0 && view.timeIndexAt(j) < 0 && DATE_LIST_WORDS.contains(view.lower(j))) {
                joint |= view.lower(j).equals(",") || view.lower(j).equals("and");
                j--;
            }
            if (!joint || j < 0 || view.timeIndexAt(j) < 0 || !isPointInTime(view.timeAt(j))
                    || dateOf(view.timeAt(j)) == null) {
                break;
            }
            first = startOfTime(view, j);
            more.add(0, dateOf(view.timeAt(first)));
        }
        if (first > 0 && RANGE_OPENERS.contains(view.lower(first - 1))) {
            return List.of();
        }
        int i = endOfTime(view, found);
        while (i < view.size()) {
            int j = i;
            boolean joint = false;
            while (j < view.size() && view.timeIndexAt(j) < 0 && DATE_LIST_WORDS.contains(view.lower(j))) {
                joint |= view.lower(j).equals(",") || view.lower(j).equals("and");
                j++;
            }
            if (!joint || j >= view.size() || view.timeIndexAt(j) < 0 || !isPointInTime(view.timeAt(j))
                    || dateOf(view.timeAt(j)) == null) {
                break;
            }
            more.add(dateOf(view.timeAt(j)));
            i = endOfTime(view, j);
        }
        return more;
    }

    private static boolean isPointInTime(TimeMention mention) {
        return mention.kind() == TimeMention.Kind.DATE || mention.kind() == TimeMention.Kind.MONTH
                || mention.kind() == TimeMention.Kind.YEAR;
    }

    private static int startOfTime(SentenceView view, int end) {
        int t = view.timeIndexAt(end);
        int i = end;
        while (i > 0 && view.timeIndexAt(i - 1) == t) {
            i--;
        }
        return i;
    }

    private static int endOfTime(SentenceView view, int start) {
        int t = view.timeIndexAt(start);
        int i = start;
        while (i < view.size() && view.timeIndexAt(i) == t) {
            i++;
        }
        return i;
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

    /**
     * The narrative time: the nearest earlier sentence of the paragraph that gives a date sets it, to the month, when
     * the date opens that sentence, or, for a past event at most {@link #NARRATIVE_SENTENCES} sentences on, when it
     * is the one date that sentence gives. A sentence with only a vague time ("recently") ends the search; one with
     * only a length of time ("for years") is passed over.
     */
    private Dated context(AnalysedSentence sentence, boolean pastEvent) {
        List<AnalysedSentence> sentences = article.sentences();
        int index = sentence.sentence().index();
        for (int k = index - 1; k >= Math.max(0, index - CONTEXT_SENTENCES); k--) {
            AnalysedSentence earlier = sentences.get(k);
            if (earlier.sentence().paragraph() != sentence.sentence().paragraph()) {
                return null;
            }
            TimeMention first = firstDate(earlier);
            if (first == null) {
                if (givesVagueTime(earlier)) {
                    return null;
                }
                continue;
            }
            FuzzyDate date = dateOf(first);
            boolean opening = first.start() - earlier.sentence().start() <= OPENING_CHARACTERS;
            if (!opening) {
                return index - k <= NARRATIVE_SENTENCES && pastEvent ? previousSentenceDate(earlier) : null;
            }
            FuzzyDate month = date.month() == null ? date : FuzzyDate.ofMonth(date.year(), date.month());
            return new Dated(month, 0.85);
        }
        return null;
    }

    /**
     * The first expression of a sentence that dates something: a date, not a bound ("since 1994") nor the date in a
     * name ("the Alma-Ata Declaration of December 1991").
     */
    private static TimeMention firstDate(AnalysedSentence sentence) {
        for (TimeMention mention : sentence.times()) {
            if (givesSentenceTime(mention)) {
                return mention;
            }
        }
        return null;
    }

    private static boolean givesVagueTime(AnalysedSentence sentence) {
        for (TimeMention mention : sentence.times()) {
            if (mention.kind() == TimeMention.Kind.VAGUE || mention.isRelative() && mention.date() == null) {
                return true;
            }
        }
        return false;
    }

    private static boolean givesSentenceTime(TimeMention mention) {
        return dateOf(mention) != null && !isBound(mention) && !"of".equals(mention.cue());
    }

    private static boolean isBound(TimeMention mention) {
        String cue = mention.cue();
        return cue != null && (cue.equals("since") || cue.equals("until") || cue.equals("till")
                || cue.equals("by"));
    }

    /**
     * Whether the trigger is told in the narrative past, and so may continue the time of the sentences before it: a
     * verb in the simple past or a past passive ("expelled", "was expelled"), or a noun right after one ("provided
     * support") or right before one as its subject ("talks followed"); not a perfect, a present or a modal ("has threatened", "remain", "could expel": current or
     * habitual states), nor a noun after anything else ("following the withdrawal").
     */
    private static boolean isNarrated(Syntax syntax, Hit hit) {
        int verb = narratingVerb(syntax, hit);
        if (verb < 0 || !isPastForm(syntax, verb)) {
            return false;
        }
        for (int k = verb - 1; k >= Math.max(0, verb - 3); k--) {
            if (syntax.is(k, WordClass.HAVE) || syntax.is(k, WordClass.MODAL) || syntax.is(k, WordClass.FUTURE)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Relations have been severed since 2016", "the border has been closed since 2019": a perfect passive tells the
     * state an act left, and 'since' dates the act itself.
     */
    private static boolean isPerfectPassive(Syntax syntax, Hit hit) {
        if (!hit.isVerb()) {
            return false;
        }
        int k = hit.start() - 1;
        while (k >= 0 && syntax.is(k, WordClass.ADVERB)) {
            k--;
        }
        return k >= 1 && syntax.view().lower(k).equals("been") && syntax.is(k - 1, WordClass.HAVE);
    }

    /**
     * "Iran and Pakistan have agreed to broaden their cooperation": an intent told in the present perfect is news of
     * the time of writing.
     */
    private static boolean isPresentPerfect(Syntax syntax, Hit hit) {
        SentenceView view = syntax.view();
        for (int k = hit.start() - 1; k >= Math.max(0, hit.start() - 4); k--) {
            if (!syntax.clauses().same(k, hit.start())) {
                return false;
            }
            String w = view.lower(k);
            if (w.equals("has") || w.equals("have")) {
                return true;
            }
            if (w.equals("had")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The verb that tells a trigger: the verb itself, the verb whose object a noun is ("held talks"), or the verb
     * right after a noun that is its subject ("talks followed", "negotiations resumed"); -1 for a noun with neither.
     */
    private static int narratingVerb(Syntax syntax, Hit hit) {
        if (hit.isVerb()) {
            int governing = verbOfParticipleAdjunct(syntax, hit);
            return governing >= 0 ? governing : hit.start();
        }
        if (isObjectOfVerb(syntax, hit)) {
            return syntax.nounPhraseStart(hit) - 1;
        }
        int next = hit.end();
        boolean subject = next < syntax.view().size() && syntax.view().token(next).isWord()
                && syntax.clauses().same(hit.start(), next) && isPastForm(syntax, next);
        return subject ? next : -1;
    }

    /**
     * "Erdogan objected at once, accusing Stockholm of ...": a present participle after a comma continues the clause
     * before it and is told in the tense of its verb; that verb (the nearest word before the comma that is a past
     * form, in its clause), or -1.
     */
    private static int verbOfParticipleAdjunct(Syntax syntax, Hit hit) {
        SentenceView view = syntax.view();
        int comma = hit.start() - 1;
        if (comma < 1 || !view.lower(hit.start()).endsWith("ing") || !view.lower(comma).equals(",")) {
            return -1;
        }
        for (int k = comma - 1; k >= Math.max(0, comma - PARTICIPLE_REACH); k--) {
            if (!view.token(k).isWord()) {
                return -1;
            }
            if (isPastForm(syntax, k)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isPastForm(Syntax syntax, int i) {
        return syntax.view().isPastForm(i);
    }

    /**
     * Whether the trigger is told as a past event of a main clause or of a 'who' clause: narrated
     * ({@link #isNarrated}) and not in a background clause ("although he lauded ...").
     */
    private static boolean isPastEvent(Syntax syntax, Hit hit) {
        if (!isNarrated(syntax, hit)) {
            return false;
        }
        Clauses.Clause clause = syntax.clauses().clauseAt(narratingVerb(syntax, hit));
        return clause.opener() == Clauses.Opener.MAIN
                || clause.opener() == Clauses.Opener.RELATIVE && isWhoClause(syntax, clause);
    }

    /**
     * "Wang Yi, who hosted the talks, stood beside them": a 'who' clause in the simple past tells what its person
     * did in the narrative, not the background a 'which' or 'that' clause may give.
     */
    private static boolean isWhoClause(Syntax syntax, Clauses.Clause clause) {
        return clause.openerAt() >= 0 && syntax.view().lower(clause.openerAt()).equals("who");
    }

    /**
     * "Riyadh cut ties with Tehran on Jan. 3, 2016. Bahrain and Sudan also broke off relations with Iran.": the
     * sentence right before, when it gives one date (no bound, no duration, no date in a name), sets the time of the
     * next, to the month.
     */
    private static Dated previousSentenceDate(AnalysedSentence previous) {
        FuzzyDate only = null;
        for (TimeMention mention : previous.times()) {
            FuzzyDate date = dateOf(mention);
            if (!givesSentenceTime(mention)) {
                continue;
            }
            if (only != null && !only.equals(date)) {
                return null;
            }
            only = date;
        }
        if (only == null) {
            return null;
        }
        return new Dated(only.month() == null ? only : FuzzyDate.ofMonth(only.year(), only.month()), 0.8);
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
