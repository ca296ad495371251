package org.entente.extraction.time;

import org.entente.extraction.text.NumberWords;
import org.entente.extraction.text.Token;
import org.entente.extraction.time.Relative.Reference;
import org.entente.extraction.time.Relative.Unit;
import org.entente.extraction.time.TimeMention.Kind;

/**
 * Relative, period and vague expressions: the fixed phrases of {@code relative-phrases.tsv} ({@code last year},
 * {@code the following month}, {@code currently}, {@code recently}), and counted ones:
 * {@code two years ago} (from the publication date), {@code three months later}, {@code a decade earlier} (from the
 * last date mentioned), {@code the past two decades}, {@code the last few years}, {@code for 20 years} (periods).
 * A count of decades, or an indefinite one ({@code a few years ago}), gives no date.
 */
final class RelativeRules {

    private final TimeLexicon lexicon;
    private final NumberWords numbers;

    RelativeRules(TimeLexicon lexicon, NumberWords numbers) {
        this.lexicon = lexicon;
        this.numbers = numbers;
    }

    Match match(Tokens t, int i) {
        PhraseTrie.Found found = lexicon.phrases().longest(t, i);
        if (found != null) {
            Match afterPreposition = pastOrComing(t, i + 1);
            if (afterPreposition != null && afterPreposition.next() > found.next()) {
                // "in the past few years" is a period, not "in the past" followed by "few years"
                return new Match(afterPreposition.next(), afterPreposition.mention().withCue(t.lower(i)));
            }
            PhraseTrie.Entry e = found.entry();
            return new Match(found.next(), t.mention(i, found.next(), e.kind(), null, null, null, e.part(), e.relative()));
        }
        Match m = pastOrComing(t, i);
        return m != null ? m : counted(t, i);
    }

    /** {@code the past two decades}, {@code the last few years}, {@code the coming months}: periods. */
    private Match pastOrComing(Tokens t, int i) {
        if (!t.is(i, "the")) {
            return null;
        }
        String which = t.lower(i + 1);
        boolean past = which.equals("past") || which.equals("last") || which.equals("previous");
        boolean future = which.equals("next") || which.equals("coming") || which.equals("following");
        if (!past && !future) {
            return null;
        }
        Count count = count(t, i + 2);
        int j = count == null ? i + 2 : count.next();
        String unit = lexicon.unit(t.lower(j));
        boolean plural = t.lower(j).endsWith("s");
        if (unit == null || count == null && !plural && !past) {
            return null;
        }
        return new Match(j + 1, t.mention(i, j + 1, Kind.PERIOD, null, null, null, null, null));
    }

    /** {@code two years ago}, {@code three months later}, {@code a year on}, {@code for 20 years}. */
    private Match counted(Tokens t, int i) {
        Count count = count(t, i);
        if (count == null) {
            return null;
        }
        int j = count.next();
        String unitWord = lexicon.unit(t.lower(j));
        if (unitWord == null) {
            return null;
        }
        String after = t.lower(j + 1);
        boolean clauseEnd = j + 2 >= t.size() || t.isType(j + 2, Token.Type.PUNCT);
        int direction;
        Reference reference = Reference.NARRATIVE;
        if (after.equals("ago")) {
            direction = -1;
            reference = Reference.PUBLICATION;
        } else if (after.equals("later") || after.equals("afterwards") || after.equals("on") && clauseEnd
                || after.equals("after") && clauseEnd) {
            direction = 1;
        } else if (after.equals("earlier") || after.equals("before") && clauseEnd) {
            direction = -1;
        } else {
            return isPeriodCue(t.lower(i - 1))
                    ? new Match(j + 1, t.mention(i, j + 1, Kind.PERIOD, null, null, null, null, null)) : null;
        }
        if (count.value() < 0 || unitWord.equals("DECADE")) {
            return new Match(j + 2, t.mention(i, j + 2, Kind.VAGUE, null, null, null, null, null));
        }
        Relative relative = Relative.shift(reference, Unit.valueOf(unitWord), direction * count.value());
        return new Match(j + 2, t.mention(i, j + 2, Kind.RELATIVE, null, null, null, null, relative));
    }

    private static boolean isPeriodCue(String word) {
        return word.equals("for") || word.equals("over") || word.equals("within") || word.equals("during")
                || word.equals("throughout");
    }

    /** A count: its value (-1 when indefinite) and the token after it. */
    private record Count(int value, int next) {
    }

    /** {@code 2}, {@code two}, {@code twenty-five}, {@code a}, {@code a few}, {@code several}, {@code a couple of}. */
    private Count count(Tokens t, int i) {
        String w = t.lower(i);
        int digits = t.digits(i);
        if (digits > 0 && digits < 1000) {
            return new Count(digits, i + 1);
        }
        if (w.equals("a") && numbers.isIndefinite(t.lower(i + 1))) {
            int next = t.is(i + 2, "of") ? i + 3 : i + 2;
            return new Count(-1, next);
        }
        if (numbers.isIndefinite(w)) {
            return new Count(-1, t.is(i + 1, "of") ? i + 2 : i + 1);
        }
        Double value = t.isType(i, Token.Type.WORD) ? numbers.value(w) : null;
        return value == null || value < 1 || value % 1 != 0 ? null : new Count(value.intValue(), i + 1);
    }
}
