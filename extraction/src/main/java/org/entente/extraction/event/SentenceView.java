package org.entente.extraction.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.entente.extraction.actor.ActorMention;
import org.entente.extraction.analysis.AnalysedSentence;
import org.entente.extraction.text.Token;
import org.entente.extraction.time.TimeMention;

/**
 * A sentence as the event coder reads it: its tokens, their lower-case forms, and which tokens belong to an actor
 * phrase ({@link Slot}) or a time expression. Built only for sentences that may hold an event.
 */
final class SentenceView {

    private final AnalysedSentence analysed;
    private final List<Token> tokens;
    private final String[] lower;
    private final List<Slot> slots;
    private final int[] slotAt;
    private final int[] timeAt;
    private final int[] classes;

    SentenceView(AnalysedSentence analysed, List<Token> tokens, Words words) {
        this.analysed = analysed;
        this.tokens = List.copyOf(tokens);
        this.lower = new String[tokens.size()];
        List<String> shared = tokens == analysed.tokens() ? analysed.lower() : null;
        for (int i = 0; i < lower.length; i++) {
            String lowered = shared != null ? shared.get(i) : tokens.get(i).text().toLowerCase(Locale.ROOT);
            lower[i] = lowered.indexOf('’') < 0 ? lowered : lowered.replace('’', '\'');
        }
        this.classes = new int[tokens.size()];
        for (int i = 0; i < lower.length; i++) {
            classes[i] = words.mask(lower[i]);
        }
        this.slotAt = new int[tokens.size()];
        Arrays.fill(slotAt, -1);
        this.slots = slots(analysed.actors());
        this.timeAt = new int[tokens.size()];
        Arrays.fill(timeAt, -1);
        List<TimeMention> times = analysed.times();
        for (int t = 0; t < times.size(); t++) {
            int[] span = span(times.get(t).start(), times.get(t).end());
            for (int i = span[0]; i <= span[1]; i++) {
                timeAt[i] = t;
                classes[i] = 0;
            }
        }
    }

    AnalysedSentence analysed() {
        return analysed;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /**
     * Whether token {@code i} is a word of the class (single-word entries of {@code words.tsv}); words of a time
     * expression have no class ("in May 2016" holds no modal).
     */
    boolean is(int i, WordClass wordClass) {
        return i >= 0 && i < classes.length && (classes[i] & Words.bit(wordClass)) != 0;
    }

    /** Whether token {@code i} is a past form: a lower-case word in "-ed", a listed participle or irregular past. */
    boolean isPastForm(int i) {
        if (i < 0 || i >= size() || !token(i).isWord() || token(i).isCapitalised() && i > 0) {
            return false;
        }
        String w = lower(i);
        return w.length() > 3 && w.endsWith("ed") || is(i, WordClass.PARTICIPLE) || is(i, WordClass.PAST);
    }

    /** Whether token {@code i} is a word of any class. */
    boolean isFunctionWord(int i) {
        return i >= 0 && i < classes.length && classes[i] != 0;
    }

    /** Lower-case words with typographic apostrophes made plain. */
    String[] lower() {
        return lower;
    }

    String lower(int i) {
        return lower[i];
    }

    List<Slot> slots() {
        return slots;
    }

    /** The actor phrase covering token {@code i}, or null. */
    Slot slotAt(int i) {
        return i >= 0 && i < slotAt.length && slotAt[i] >= 0 ? slots.get(slotAt[i]) : null;
    }

    /** The time expression covering token {@code i}, or null. */
    TimeMention timeAt(int i) {
        return i >= 0 && i < timeAt.length && timeAt[i] >= 0 ? analysed.times().get(timeAt[i]) : null;
    }

    /** The index among the sentence's time expressions of the one covering token {@code i}, or -1. */
    int timeIndexAt(int i) {
        return i >= 0 && i < timeAt.length ? timeAt[i] : -1;
    }

    /** The text from the start of token {@code from} to the end of token {@code to} (inclusive). */
    String text(int from, int to) {
        String sentence = analysed.sentence().text();
        int base = analysed.sentence().start();
        return sentence.substring(tokens.get(from).start() - base, tokens.get(to).end() - base);
    }

    /** Whether the token is a punctuation mark with this text. */
    boolean isPunct(int i, String mark) {
        return i >= 0 && i < tokens.size() && tokens.get(i).type() == Token.Type.PUNCT && tokens.get(i).text()
                .equals(mark);
    }

    /**
     * Groups mentions into actor phrases by the tokens they cover: mentions over the same words, or over one
     * hyphenated word ("Iran-Iraq"), are one phrase.
     */
    private List<Slot> slots(List<ActorMention> mentions) {
        List<List<ActorMention>> groups = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (ActorMention m : mentions) {
            int[] span = span(m.start(), m.end());
            if (span[0] > span[1]) {
                continue;
            }
            int lastGroup = groups.size() - 1;
            if (lastGroup >= 0 && span[0] <= spans.get(lastGroup)[1]) {
                groups.get(lastGroup).add(m);
                spans.get(lastGroup)[1] = Math.max(spans.get(lastGroup)[1], span[1]);
            } else {
                groups.add(new ArrayList<>(List.of(m)));
                spans.add(span);
            }
        }
        List<Slot> built = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            int[] span = spans.get(g);
            for (int t = span[0]; t <= span[1]; t++) {
                slotAt[t] = g;
            }
            built.add(Slot.of(span[0], span[1], groups.get(g)));
        }
        return List.copyOf(built);
    }

    /** First and last token overlapping {@code [start, end)}; first > last when none does. */
    private int[] span(int start, int end) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int first = lo;
        int last = first - 1;
        while (last + 1 < tokens.size() && tokens.get(last + 1).start() < end) {
            last++;
        }
        return new int[] {first, last};
    }
}
