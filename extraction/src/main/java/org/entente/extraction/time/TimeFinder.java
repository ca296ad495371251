package org.entente.extraction.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.entente.extraction.text.NumberWords;
import org.entente.extraction.text.Token;
import org.entente.extraction.text.Tokenizer;
import org.entente.extraction.time.TimeLexicon.CueRole;
import org.entente.extraction.time.TimeMention.Kind;

/**
 * Finds the time expressions of a span of normalised text, left to right, longest first, without overlaps.
 *
 * <p>Absolute expressions come out with their date; relative ones ({@code last year}, {@code on Friday},
 * {@code in January}, {@code two years later}) with {@link TimeMention#relative()} set and no date, for a
 * {@link TimeContext} to resolve. Each mention has the preposition or hedge before it as its cue, and the part word
 * it starts with ({@code early}, {@code mid-}, {@code late}, {@code the end of}) as its part.
 *
 * <p>Numbers that are not years are left alone: counts ({@code 1,000 scholarships}, {@code 2000 troops}), amounts
 * ({@code $ 66.2 million}), codes ({@code 12 JF-17}, {@code article 40}) and measures ({@code 900 kilometers}); see
 * {@link YearRules} for when a four-digit number is a year.
 *
 * <p>Stateless and thread-safe; the dictionaries are loaded once and shared.
 */
public final class TimeFinder {

    private final Tokenizer tokenizer;
    private final RelativeRules relative;
    private final CalendarRules calendar;
    private final YearRules years;
    private final PartRules parts;
    private final TimeLexicon lexicon;
    private final Triggers triggers;

    /** A finder with the built-in dictionaries. */
    public TimeFinder() {
        this(new Tokenizer());
    }

    /** A finder that tokenizes spans with the given tokenizer. */
    public TimeFinder(Tokenizer tokenizer) {
        this.tokenizer = Objects.requireNonNull(tokenizer);
        this.lexicon = TimeLexicon.standard();
        this.relative = new RelativeRules(lexicon, NumberWords.standard());
        this.calendar = new CalendarRules(lexicon);
        this.years = new YearRules(lexicon);
        this.parts = new PartRules(lexicon, tokenizer, calendar, years);
        this.triggers = new Triggers(lexicon, NumberWords.standard());
    }

    /** The time expressions of {@code text[start, end)}, with offsets into {@code text}. */
    public List<TimeMention> find(String text, int start, int end) {
        return find(text, tokenizer.tokenize(text, start, end));
    }

    /**
     * The time expressions among already computed tokens of {@code text} (a sentence's tokens, say), with offsets
     * into {@code text}.
     */
    public List<TimeMention> find(String text, List<Token> tokens) {
        return find(new Tokens(text, tokens));
    }

    /**
     * The time expressions among already computed tokens of {@code text}, given their lower-case forms as well
     * ({@link org.entente.extraction.text.LowerForms}), with offsets into {@code text}.
     */
    public List<TimeMention> find(String text, List<Token> tokens, String[] lower) {
        return find(new Tokens(text, tokens, lower));
    }

    private List<TimeMention> find(Tokens t) {
        List<TimeMention> mentions = new ArrayList<>();
        int listEnd = -2;
        TimeMention previous = null;
        int i = 0;
        while (i < t.size()) {
            int roles = triggers.at(t, i);
            Match m = roles == 0 ? null : matchAt(t, i, roles, listEnd, previous);
            if (m == null || m.mention() == null) {
                i = m == null ? i + 1 : m.next();
                continue;
            }
            Match inYear = inNamedYear(t, i, m);
            if (inYear != null) {
                m = inYear;
            }
            TimeMention mention = m.mention();
            if (mention.cue() == null && isCue(t.lower(i - 1))) {
                mention = mention.withCue(t.lower(i - 1));
            }
            mentions.add(mention);
            listEnd = startsList(mention) ? m.next() : -2;
            previous = mention.kind() == Kind.DECADE ? mention : null;
            i = m.next();
        }
        return mentions;
    }

    /**
     * A yearless month or day followed by the year it falls in, named relative to another date ({@code in October
     * last year}, {@code on 3 May of the following year}): one mention of that month or day in the shifted year; null
     * when the month or day is not followed by such a year.
     */
    private Match inNamedYear(Tokens t, int i, Match m) {
        Relative calendarDate = m.mention().relative();
        if (calendarDate == null || calendarDate.reference() != Relative.Reference.CONTEXT
                || calendarDate.month() == null) {
            return null;
        }
        int j = m.next();
        if (j < t.size() && "of".equals(t.lower(j))) {
            j++;
        }
        Match year = j < t.size() ? relative.match(t, j) : null;
        Relative shift = year == null || year.mention() == null ? null : year.mention().relative();
        if (shift == null || shift.unit() != Relative.Unit.YEAR || shift.month() != null) {
            return null;
        }
        TimeMention c = m.mention();
        return new Match(year.next(), new TimeMention(c.start(), year.mention().end(),
                t.span(i, year.next()), c.kind(), null, null, null, c.part(), c.cue(),
                new Relative(shift.reference(), Relative.Unit.YEAR, shift.offset(), calendarDate.month(),
                        calendarDate.day(), null), null));
    }

    /** Whether a list of years can continue after the mention ({@code in 1947, 1965 and 1971}). */
    private static boolean startsList(TimeMention mention) {
        return switch (mention.kind()) {
            case YEAR, FISCAL, DECADE, MONTH, DATE -> mention.date() != null || mention.from() != null;
            default -> false;
        };
    }

    private boolean isCue(String word) {
        return lexicon.cueBefore(word) == CueRole.PREPOSITION;
    }

    private Match matchAt(Tokens t, int i, int roles, int listEnd, TimeMention previous) {
        Match m = (roles & Triggers.RELATIVE) != 0 ? relative.match(t, i) : null;
        if (m == null && (roles & Triggers.PART) != 0) {
            m = parts.partThen(t, i, listEnd, previous);
        }
        if (m == null && (roles & Triggers.PREFIXED) != 0) {
            m = parts.prefixed(t, i);
        }
        if (m == null && (roles & Triggers.CALENDAR) != 0) {
            m = calendar.match(t, i, null);
        }
        if (m == null && (roles & Triggers.YEAR) != 0) {
            m = years.match(t, i, null, listEnd, previous);
        }
        return m;
    }
}
