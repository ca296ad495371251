package org.entente.extraction.time;

import org.entente.extraction.FuzzyDate;
import org.entente.extraction.text.Token;
import org.entente.extraction.text.Tokenizer;
import org.entente.extraction.time.TimeMention.Kind;
import org.entente.extraction.time.TimeMention.Part;

/**
 * Dates with a part word before them ({@code early 2017}, {@code late September 2017}, {@code early in January},
 * {@code the end of 2017}) or a prefix joined to them ({@code mid-2017}, {@code mid-1970s}, {@code mid-September},
 * {@code pre-2003}, {@code post-2003}).
 */
final class PartRules {

    private final TimeLexicon lexicon;
    private final Tokenizer tokenizer;
    private final CalendarRules calendar;
    private final YearRules years;

    PartRules(TimeLexicon lexicon, Tokenizer tokenizer, CalendarRules calendar, YearRules years) {
        this.lexicon = lexicon;
        this.tokenizer = tokenizer;
        this.calendar = calendar;
        this.years = years;
    }

    /**
     * {@code early 2017}, {@code late September 2017}, {@code early in January}, {@code mid 2019},
     * {@code the end of 2017}, {@code the beginning of March}: a part word, then a date.
     */
    Match partThen(Tokens t, int i, int listEnd, TimeMention previous) {
        Part part;
        int j;
        switch (t.lower(i)) {
            case "early" -> part = Part.EARLY;
            case "mid", "middle" -> part = Part.MID;
            case "late" -> part = Part.LATE;
            case "the" -> part = t.is(i + 2, "of") ? partNoun(t.lower(i + 1)) : null;
            default -> part = null;
        }
        if (part == null) {
            return null;
        }
        j = t.is(i, "the") ? i + 3 : t.is(i + 1, "in") || t.is(i + 1, "of") ? i + 2 : i + 1;
        if (t.is(j, "the") && t.lower(i).equals("the")) {
            return null;
        }
        Match m = calendar.match(t, j, part);
        if (m == null) {
            m = years.match(t, j, part, listEnd, previous);
        }
        if (m == null || m.mention() != null && m.mention().isRelative()
                && m.mention().relative().reference() != Relative.Reference.CONTEXT) {
            return null;
        }
        return m.from(t, i, part);
    }

    private static Part partNoun(String word) {
        return switch (word) {
            case "beginning", "start" -> Part.EARLY;
            case "middle" -> Part.MID;
            case "end" -> Part.LATE;
            default -> null;
        };
    }

    /** {@code mid-2017}, {@code mid-1970s}, {@code mid-September (2017)}, {@code pre-2003}, {@code post-2003}. */
    Match prefixed(Tokens t, int i) {
        String w = t.lower(i);
        int dash = w.indexOf('-');
        if (dash < 0 || !t.isType(i, Token.Type.WORD)) {
            return null;
        }
        String prefix = w.substring(0, dash);
        String rest = w.substring(dash + 1);
        Part part = prefix.equals("mid") ? Part.MID : null;
        String cue = prefix.equals("pre") ? "before" : prefix.equals("post") ? "after" : null;
        if (part == null && cue == null) {
            return null;
        }
        Token token = t.get(i);
        Tokens inner = new Tokens(token.text(), tokenizer.tokenize(token.text(), dash + 1, token.length()));
        Match m = inner.size() == 1 ? years.standalone(inner, 0) : null;
        if (m == null && part != null) {
            Integer month = lexicon.month(rest);
            if (month == null) {
                return null;
            }
            boolean withYear = t.year(i + 1) > 0;
            int next = withYear ? i + 2 : i + 1;
            TimeMention mention = withYear
                    ? t.mention(i, next, Kind.MONTH, FuzzyDate.ofMonth(t.year(i + 1), month), null, null, part, null)
                    : t.mention(i, next, Kind.MONTH, null, null, null, part,
                    new Relative(Relative.Reference.CONTEXT, Relative.Unit.MONTH, 0, month, null, null));
            return new Match(next, mention);
        }
        if (m == null) {
            return null;
        }
        TimeMention found = m.mention();
        return new Match(i + 1, new TimeMention(token.start(), token.end(), token.text(), found.kind(), found.date(),
                found.from(), found.to(), part, cue, null, null));
    }
}
