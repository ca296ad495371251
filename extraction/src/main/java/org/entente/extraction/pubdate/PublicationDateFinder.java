package org.entente.extraction.pubdate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.extraction.Document;
import org.entente.extraction.FuzzyDate;
import org.entente.extraction.PublicationDate;
import org.entente.extraction.normalize.Normalised;
import org.entente.extraction.normalize.Normaliser;
import org.entente.extraction.time.Relative;
import org.entente.extraction.time.TimeContext;
import org.entente.extraction.time.TimeFinder;
import org.entente.extraction.time.TimeMention;

/**
 * Finds when an article was published, from the best source available, in this order:
 * <ol>
 *   <li>{@code request}: the date the caller gave ({@link Document#published()});</li>
 *   <li>{@code metadata}: the date in the file's metadata ({@link Document#metadataPublished()});</li>
 *   <li>{@code dateline}: a dateline opening the article ({@code ISLAMABAD, Feb 3, 2024 (Reuters) -},
 *       {@code ISLAMABAD: February 3, 2024 -}); one without a year ({@code ISLAMABAD, Feb 3 (Reuters) -}) takes the
 *       year of the copyright line or of the first reader comment, and is not used without one;</li>
 *   <li>{@code byline}: a byline or date line in the head or tail of the article ({@code written by X | February 3,
 *       2024}, {@code By X, February 3, 2024}, {@code Published: 3 February 2024}, a line holding only a date);
 *       {@code Updated ...} lines count only when there is no other;</li>
 *   <li>{@code copyright}: the (last) year of a copyright line anywhere in the article ({@code Copyright © 2022},
 *       {@code © 2010–2022}), known to the year only;</li>
 *   <li>{@code comment}: the date of the first reader comment ({@code March 23, 2018 at 3:20 pm}). This is only an
 *       upper bound — the article was published on or before it — and the weakest source.</li>
 * </ol>
 * Only the head (up to the first paragraph of prose) and the tail of the article are searched for datelines and
 * bylines: a date in the body is what the article is about, not when it was written.
 *
 * <p>Stateless and thread-safe.
 */
public final class PublicationDateFinder {

    /** Lines at the end of the article searched for bylines and copyright lines. */
    private static final int TAIL_LINES = 8;
    /** Lines at the start searched when no prose paragraph ends the head earlier. */
    private static final int MAX_HEAD_LINES = 15;
    /** A line this long is prose: the head ends with it. */
    private static final int PROSE_LENGTH = 200;
    /** Bylines and date lines are short. */
    private static final int MAX_BYLINE_LENGTH = 160;

    private static final Pattern DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{Lu} .'’-]{2,40}?(?:,\\s*\\p{Lu}[\\p{L} .]{1,30}?)?\\s*[,:]\\s*");
    private static final Pattern BY_NAME = Pattern.compile("(?i)(?:written\\s+)?by\\s+[^|,•·–—]{2,60}?\\s*[|,•·–—]\\s*");
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?i)(?:first\\s+)?(?:published|posted|released|dated|date)(?:\\s+on)?\\s*[:\\-–]?\\s*");
    private static final Pattern UPDATED = Pattern.compile("(?i)(?:last\\s+)?(?:updated|modified)(?:\\s+on)?\\s*[:\\-–]?\\s*");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)(?:copyright\\s*(?:©|\\(c\\))?|©|\\(c\\))\\s*(\\d{4})(?:\\s*[-–]\\s*(\\d{4}))?");
    private static final Pattern TIME_OF_DAY = Pattern.compile(
            "(?i)[,\\s]*(?:at\\s+)?(?:\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*\\p{Lu}{2,5})?)?[\\s.]*");
    private static final Pattern SEGMENT_SEPARATOR = Pattern.compile("\\s*[|•·]\\s*");

    private final Normaliser normaliser;
    private final TimeFinder times;

    /** A finder with the built-in dictionaries. */
    public PublicationDateFinder() {
        this(new Normaliser(), new TimeFinder());
    }

    /** A finder using the given normaliser (for reader comments) and time finder. */
    public PublicationDateFinder(Normaliser normaliser, TimeFinder times) {
        this.normaliser = Objects.requireNonNull(normaliser);
        this.times = Objects.requireNonNull(times);
    }

    /**
     * The publication date of an article. Reading reader comments, when it comes to that, normalises the raw text
     * again; {@link #find(Document, Normalised)} avoids that.
     *
     * @param doc            the article as requested (its request and metadata dates, and its raw text, which still
     *                       holds the reader comments)
     * @param normalisedText the article's normalised text
     * @return the date and how it was found, or {@link PublicationDate#none()}
     */
    public PublicationDate find(Document doc, String normalisedText) {
        return find(doc, normalisedText, () -> normaliser.commentSection(doc.text()));
    }

    /**
     * The publication date of an article whose text was normalised with
     * {@link Normaliser#normaliseWithComments}.
     *
     * @param doc        the article as requested (its request and metadata dates)
     * @param normalised its normalised text and reader-comment section
     * @return the date and how it was found, or {@link PublicationDate#none()}
     */
    public PublicationDate find(Document doc, Normalised normalised) {
        return find(doc, normalised.text(), normalised::comments);
    }

    private PublicationDate find(Document doc, String normalisedText, Supplier<String> comments) {
        if (doc.published() != null) {
            return new PublicationDate(day(doc.published()), "request", null);
        }
        if (doc.metadataPublished() != null) {
            return new PublicationDate(day(doc.metadataPublished()), "metadata", null);
        }
        List<String> head = head(normalisedText);
        PublicationDate copyright = copyright(normalisedText);
        Dateline dateline = dateline(head);
        if (dateline != null) {
            PublicationDate dated = dateline.dated(copyright != null ? copyright : comment(comments.get()));
            if (dated != null) {
                return dated;
            }
        }
        PublicationDate found = byline(head, tail(normalisedText, head.size()));
        if (found == null) {
            found = copyright != null ? copyright : comment(comments.get());
        }
        return found != null ? found : PublicationDate.none();
    }


    private static FuzzyDate day(LocalDate date) {
        return FuzzyDate.ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Lines up to and including the first paragraph of prose, at most {@link #MAX_HEAD_LINES}. */
    private static List<String> head(String text) {
        List<String> head = new ArrayList<>();
        for (int start = 0; start < text.length(); start = lineEnd(text, start) + 1) {
            int end = lineEnd(text, start);
            if (isBlank(text, start, end)) {
                continue;
            }
            String line = text.substring(start, end);
            head.add(line);
            if (line.length() >= PROSE_LENGTH || head.size() == MAX_HEAD_LINES) {
                break;
            }
        }
        return head;
    }

    /** The last {@link #TAIL_LINES} lines that are not in the head. */
    private static List<String> tail(String text, int headSize) {
        List<int[]> lines = new ArrayList<>();
        for (int start = 0; start < text.length(); start = lineEnd(text, start) + 1) {
            int end = lineEnd(text, start);
            if (!isBlank(text, start, end)) {
                lines.add(new int[] {start, end});
            }
        }
        int from = Math.max(headSize, lines.size() - TAIL_LINES);
        return from >= lines.size() ? List.of()
                : lines.subList(from, lines.size()).stream().map(l -> text.substring(l[0], l[1])).toList();
    }

    /** The end of the line starting at {@code start}: its {@code \n}, or the end of the text. */
    private static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }

    /** Whether {@code text[start, end)} is blank, as {@link String#isBlank()} tells. */
    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** A dateline: its line and the date at its start, which may lack its year ({@code LIMA, May 2 (Reuters) -}). */
    private record Dateline(String line, TimeMention date) {

        /** Its date; a yearless one takes the year from {@code other} (null when there is none). */
        PublicationDate dated(PublicationDate other) {
            if (date.date() != null) {
                return new PublicationDate(date.date(), "dateline", line);
            }
            if (other == null) {
                return null;
            }
            TimeMention resolved = TimeContext.writtenOn(other.date()).resolve(0, List.of(date)).get(0);
            return resolved.date() == null ? null : new PublicationDate(resolved.date(), "dateline", line);
        }
    }

    /** A dateline opening a head line: a place in capitals, then a date. */
    private Dateline dateline(List<String> head) {
        for (String line : head) {
            Matcher m = DATELINE.matcher(line);
            if (!m.lookingAt() || !hasCapitalWord(line, m.end())) {
                continue;
            }
            TimeMention date = dateAt(line, m.end());
            if (date != null) {
                return new Dateline(line, date);
            }
        }
        return null;
    }

    /** Whether the place before {@code end} has a word of three or more capitals (ISLAMABAD, not "In"). */
    private static boolean hasCapitalWord(String line, int end) {
        int run = 0;
        for (int i = 0; i < end; i++) {
            char c = line.charAt(i);
            run = Character.isUpperCase(c) ? run + 1 : 0;
            if (run >= 3) {
                return true;
            }
        }
        return false;
    }



    /**
     * The date or month mention that starts the text at {@code from} (a weekday may lead it), absolute or a
     * calendar date without its year; null otherwise.
     */
    private TimeMention dateAt(String line, int from) {
        List<TimeMention> mentions = times.find(line, from, line.length());
        if (mentions.isEmpty()) {
            return null;
        }
        TimeMention first = mentions.get(0);
        boolean calendar = first.kind() == TimeMention.Kind.DATE || first.kind() == TimeMention.Kind.MONTH;
        boolean dated = first.date() != null
                || first.isRelative() && first.relative().reference() == Relative.Reference.CONTEXT;
        return calendar && dated && first.start() - from <= 1 ? first : null;
    }

    /** A byline or date line in the head or tail; "updated" lines only when there is no other. */
    private PublicationDate byline(List<String> head, List<String> tail) {
        PublicationDate updated = null;
        for (List<String> part : List.of(head, tail)) {
            for (String line : part) {
                if (line.length() > MAX_BYLINE_LENGTH) {
                    continue;
                }
                FuzzyDate date = bylineDate(line, PUBLISHED);
                if (date == null) {
                    date = bylineDate(line, BY_NAME);
                }
                if (date == null) {
                    date = dateOnlySegment(line);
                }
                if (date != null) {
                    return new PublicationDate(date, "byline", line);
                }
                FuzzyDate update = bylineDate(line, UPDATED);
                if (updated == null && update != null) {
                    updated = new PublicationDate(update, "byline", line);
                }
            }
        }
        return updated;
    }

    /** The absolute date right after a byline cue at the start of the line, or null. */
    private FuzzyDate bylineDate(String line, Pattern cue) {
        Matcher m = cue.matcher(line);
        if (!m.lookingAt()) {
            return null;
        }
        TimeMention date = dateAt(line, m.end());
        return date == null ? null : date.date();
    }

    /** The date of a line, or a segment of it between {@code |} or {@code •}, that holds only a date (and a time). */
    private FuzzyDate dateOnlySegment(String line) {
        for (String segment : SEGMENT_SEPARATOR.split(line)) {
            TimeMention date = dateAt(segment, 0);
            if (date != null && date.date() != null && date.start() <= 1
                    && TIME_OF_DAY.matcher(segment.substring(date.end())).matches()) {
                return date.date();
            }
        }
        return null;
    }

    /** The first short line with a copyright notice. */
    private static PublicationDate copyright(String text) {
        for (int start = 0; start < text.length(); start = lineEnd(text, start) + 1) {
            int end = lineEnd(text, start);
            if (end - start > MAX_BYLINE_LENGTH || !mayHoldCopyright(text, start, end)) {
                continue;
            }
            String line = text.substring(start, end);
            Matcher m = COPYRIGHT.matcher(line);
            if (m.find()) {
                int year = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(1));
                return new PublicationDate(FuzzyDate.ofYear(year), "copyright", line);
            }
        }
        return null;
    }

    /** Whether {@code text[start, end)} holds a {@code ©}, a {@code (} or "copyright" in any case: what {@link #COPYRIGHT} needs. */
    private static boolean mayHoldCopyright(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '©' || c == '(' || (c == 'c' || c == 'C') && text.regionMatches(true, i, "copyright", 0, 9)) {
                return true;
            }
        }
        return false;
    }

    /** The first date in the reader-comment section, which the normaliser removed from the text. */
    private PublicationDate comment(String comments) {
        for (String line : comments.split("\n")) {
            for (TimeMention m : times.find(line, 0, line.length())) {
                if (m.kind() == TimeMention.Kind.DATE && m.date() != null) {
                    return new PublicationDate(m.date(), "comment", line.strip());
                }
            }
        }
        return null;
    }
}
