package org.entente.extraction.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.entente.extraction.FuzzyDate;
import org.entente.extraction.PublicationDate;
import org.entente.extraction.text.Sentence;

/**
 * The dates an article has established so far, for resolving relative time expressions while walking its sentences
 * in order. One per article and not thread-safe: create it with the publication date, then call
 * {@link #resolve(Sentence, List)} for each sentence in text order.
 *
 * <p>Anchors:
 * <ul>
 *   <li>{@link Relative.Reference#PUBLICATION} expressions ({@code last year}, {@code on Friday},
 *       {@code currently}) resolve against the time of writing: the publication date when it is a real one (given by
 *       the caller or the file, or read from a dateline or byline). A copyright year or a reader comment's date does
 *       not tell when the article was written, so with those they stay unresolved.</li>
 *   <li>{@link Relative.Reference#NARRATIVE} expressions ({@code the following year}, {@code two months later})
 *       resolve against the last date the text gave, earlier in the same sentence or before; a day or week
 *       ({@code the same day}) against the last day the paragraph gave when the last date is coarser.</li>
 *   <li>{@link Relative.Reference#CONTEXT} expressions (a month or day without its year: {@code in January},
 *       {@code on 29 January}) take the year of the last date given in the same paragraph; without one (or when that
 *       date was itself such a month read against the time of writing: "in December and in February"), they are the
 *       latest such month or day up to the time of writing; without that, they take the year of the last date given
 *       in the article.</li>
 * </ul>
 * Every date found or resolved becomes the new last date, except one after {@code since}: it opens a span that runs up
 * to the time being told ("the heaviest clashes since 1994"), so it is a point of comparison, not the narrative's time.
 * A sentence without a date of its own can be dated by the
 * caller's own policy from {@link #lastInParagraph()} or {@link #lastInDocument()}.
 */
public final class TimeContext {

    /** The sources of a publication date that tell when the article was written. */
    private static final Set<String> WRITING_TIME_SOURCES = Set.of("request", "metadata", "dateline", "byline");

    /** The cue of a date that starts a span running to the time being told, and so does not anchor what follows. */
    private static final String SPAN_START_CUE = "since";

    private final FuzzyDate publication;
    private int paragraph = Integer.MIN_VALUE;
    private FuzzyDate lastInParagraph;
    private FuzzyDate lastInDocument;
    private FuzzyDate lastDayInParagraph;
    private boolean paragraphYearFromWriting;

    private TimeContext(FuzzyDate publication) {
        this.publication = publication;
    }

    /** A context for an article with this publication date (which may be {@link PublicationDate#none()}). */
    public static TimeContext of(PublicationDate published) {
        boolean writingTime = published != null && published.date() != null
                && WRITING_TIME_SOURCES.contains(published.foundBy());
        return new TimeContext(writingTime ? published.date() : null);
    }

    /** A context whose time of writing is {@code publication}, or unknown when it is null. */
    public static TimeContext writtenOn(FuzzyDate publication) {
        return new TimeContext(publication);
    }

    /**
     * Resolves the mentions of one sentence, in order, and records their dates; a year that names a thing ("the
     * 1991 ceasefire", "the 1923 Treaty of Lausanne") is resolved but does not replace the narrative's time (it
     * becomes it only when the text has given none yet).
     */
    public List<TimeMention> resolve(Sentence sentence, List<TimeMention> mentions) {
        return resolve(sentence.paragraph(), mentions, m -> isAttributiveYear(sentence, m));
    }

    /** "the 1991 ceasefire": 'the', a year, then a word of the noun it modifies. */
    private static boolean isAttributiveYear(Sentence sentence, TimeMention m) {
        if (m.kind() != TimeMention.Kind.YEAR || m.cue() != null) {
            return false;
        }
        String text = sentence.text();
        int from = m.start() - sentence.start();
        int to = m.end() - sentence.start();
        if (from < 4 || to + 1 >= text.length() || text.charAt(to) != ' ' || !Character.isLetter(text.charAt(to + 1))) {
            return false;
        }
        return text.regionMatches(true, from - 4, "the ", 0, 4) && (from == 4 || text.charAt(from - 5) == ' ');
    }

    /**
     * Resolves the mentions of one sentence of the given paragraph, in order, and records their dates.
     *
     * @return the mentions, relative ones with their date and anchor when they could be resolved
     */
    public List<TimeMention> resolve(int paragraphIndex, List<TimeMention> mentions) {
        return resolve(paragraphIndex, mentions, m -> false);
    }

    private List<TimeMention> resolve(int paragraphIndex, List<TimeMention> mentions,
                                      java.util.function.Predicate<TimeMention> namesAThing) {
        if (paragraphIndex != paragraph) {
            paragraph = paragraphIndex;
            lastInParagraph = null;
            lastDayInParagraph = null;
            paragraphYearFromWriting = false;
        }
        List<TimeMention> resolved = new ArrayList<>(mentions.size());
        for (TimeMention mention : mentions) {
            TimeMention m = mention.isRelative() && mention.date() == null ? resolveOne(mention) : mention;
            boolean anchors = !SPAN_START_CUE.equals(m.cue()) && (lastInDocument == null || !namesAThing.test(m));
            if (m.date() != null && anchors) {
                paragraphYearFromWriting = isYearlessResolvedByWriting(m);
                lastInParagraph = m.date();
                lastInDocument = m.date();
                if (m.date().day() != null) {
                    lastDayInParagraph = m.date();
                }
            }
            resolved.add(m);
        }
        return resolved;
    }

    private TimeMention resolveOne(TimeMention mention) {
        Relative r = mention.relative();
        return switch (r.reference()) {
            case PUBLICATION -> publication == null ? mention
                    : withDate(mention, RelativeResolver.resolve(r, publication), publication);
            case NARRATIVE -> resolveInNarrative(mention, r);
            case CONTEXT -> resolveInContext(mention, r);
        };
    }

    /**
     * Against the last date given; a day or week ({@code the same day}, {@code the next day}) against the last day the
     * paragraph gave when the last date is coarser ("On 3 May 2019 ... under the 1965 treaty ... the same day").
     */
    private TimeMention resolveInNarrative(TimeMention mention, Relative r) {
        if (lastInDocument == null) {
            return mention;
        }
        boolean needsDay = r.weekday() == null && r.month() == null
                && (r.unit() == Relative.Unit.DAY || r.unit() == Relative.Unit.WEEK);
        FuzzyDate anchor = needsDay && lastInDocument.day() == null && lastDayInParagraph != null
                ? lastDayInParagraph : lastInDocument;
        return withDate(mention, RelativeResolver.resolve(r, anchor), anchor);
    }

    /**
     * A date read against the time of writing ("in December" as the latest December up to it, "in November last
     * year"): it gives the paragraph no year of its own, so a yearless month after it is read against the time of
     * writing too.
     */
    private boolean isYearlessResolvedByWriting(TimeMention m) {
        return m.isRelative() && m.relative().reference() != Relative.Reference.NARRATIVE && publication != null
                && publication.equals(m.anchor());
    }

    private TimeMention resolveInContext(TimeMention mention, Relative r) {
        if (lastInParagraph != null && !paragraphYearFromWriting) {
            return withDate(mention, RelativeResolver.inYear(r, lastInParagraph.year()), lastInParagraph);
        }
        if (publication != null) {
            return withDate(mention, RelativeResolver.latestUpTo(r, publication), publication);
        }
        if (lastInDocument != null) {
            return withDate(mention, RelativeResolver.inYear(r, lastInDocument.year()), lastInDocument);
        }
        return mention;
    }

    private static TimeMention withDate(TimeMention mention, FuzzyDate date, FuzzyDate anchor) {
        return date == null ? mention : mention.resolved(date, anchor);
    }

    /** The time of writing used for publication-relative expressions, or null when unknown. */
    public FuzzyDate publication() {
        return publication;
    }

    /** The last date given in the current paragraph, or null. */
    public FuzzyDate lastInParagraph() {
        return lastInParagraph;
    }

    /** The last date given in the article so far, or null. */
    public FuzzyDate lastInDocument() {
        return lastInDocument;
    }
}
