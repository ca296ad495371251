package org.entente.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits normalised text into {@link Sentence}s in one pass, without regular expressions.
 *
 * <p>The layout of the normalised text carries structure: a blank line ends a paragraph and every line end ends a
 * sentence (the normaliser has joined hard-wrapped lines, so a line is a paragraph, a heading or a list item). A
 * paragraph of one short line without sentence punctuation is a heading. Within a line a sentence ends at
 * {@code .}, {@code !}, {@code ?} or an ellipsis, after any closing quotes and brackets, when what follows looks like
 * the start of a sentence (a capital, a digit or an opening quote), except after:
 * <ul>
 *   <li>a title ({@code Dr.}, {@code Gen.}) — never;</li>
 *   <li>an abbreviation used before numbers ({@code No.}, {@code Feb.}, {@code p.}) — not before a digit;</li>
 *   <li>a general abbreviation ({@code etc.}, {@code U.S.}) or an initial ({@code J. F. Kennedy}) — only before a
 *       word that commonly opens a sentence ({@code The}, {@code However});</li>
 *   <li>an ellipsis with a space before it (an omission inside a quotation).</li>
 * </ul>
 * A list marker at the start of a line ({@code •}, {@code 1.}, {@code (a)}) is not part of the sentence.
 *
 * <p>Stateless and thread-safe.
 */
public final class SentenceSplitter {

    /** A one-line paragraph with more words than this is prose even without a final period. */
    private static final int MAX_HEADING_WORDS = 20;

    private final Abbreviations abbreviations;

    /** A splitter with the built-in abbreviations. */
    public SentenceSplitter() {
        this(Abbreviations.standard());
    }

    /** A splitter with the given abbreviations. */
    public SentenceSplitter(Abbreviations abbreviations) {
        this.abbreviations = Objects.requireNonNull(abbreviations);
    }

    /**
     * The sentences of a normalised text, in order, with offsets into it.
     *
     * @param normalisedText output of the normaliser (any text works; the layout rules above apply)
     */
    public List<Sentence> split(String normalisedText) {
        String text = normalisedText;
        List<Sentence> sentences = new ArrayList<>(Math.max(4, text.length() / 100));
        int paragraph = 0;
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int lineEnd = lineEnd(text, pos);
            if (isBlank(text, pos, lineEnd)) {
                pos = lineEnd + 1;
                continue;
            }
            int paragraphEnd = paragraphEnd(text, pos);
            boolean singleLine = lineEnd >= paragraphEnd;
            for (int line = pos; line < paragraphEnd; ) {
                int end = Math.min(lineEnd(text, line), paragraphEnd);
                splitLine(text, line, end, paragraph, singleLine, sentences);
                line = end + 1;
            }
            paragraph++;
            pos = paragraphEnd;
        }
        return sentences;
    }

    private void splitLine(String text, int lineStart, int lineEnd, int paragraph, boolean singleLine,
                           List<Sentence> out) {
        int start = skipSpaces(text, lineStart, lineEnd);
        int end = trimEnd(text, start, lineEnd);
        if (start >= end) {
            return;
        }
        int afterMarker = ListMarkers.end(text, start, end);
        boolean listItem = afterMarker > start;
        start = afterMarker;
        if (!listItem && singleLine && isHeading(text, start, end)) {
            add(out, text, start, end, paragraph, true);
            return;
        }
        int sentenceStart = start;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (!Chars.isTerminal(c)) {
                i++;
                continue;
            }
            int terminatorEnd = skipTerminators(text, i, end);
            int closeEnd = skipClosers(text, terminatorEnd, end);
            if (closeEnd < end && !Chars.isSpace(text.charAt(closeEnd))) {
                i = closeEnd;
                continue;
            }
            int next = skipSpaces(text, closeEnd, end);
            if (next < end && isBoundary(text, sentenceStart, i, terminatorEnd, next, end)) {
                add(out, text, sentenceStart, closeEnd, paragraph, false);
                sentenceStart = next;
            }
            i = Math.max(closeEnd, i + 1);
        }
        add(out, text, sentenceStart, end, paragraph, false);
    }

    /**
     * Whether terminal punctuation at {@code [terminator, terminatorEnd)} ends the sentence started at
     * {@code sentenceStart}, given the next sentence would start at {@code next}.
     */
    private boolean isBoundary(String text, int sentenceStart, int terminator, int terminatorEnd, int next,
                               int end) {
        int first = next;
        while (first < end && Chars.isOpener(text.charAt(first))) {
            first++;
        }
        if (first >= end) {
            return false;
        }
        int cp = text.codePointAt(first);
        boolean upper = Character.isUpperCase(cp) || Character.isLetter(cp) && !Character.isLowerCase(cp);
        boolean digit = Chars.isAsciiDigit(text.charAt(first));
        if (!upper && !digit) {
            return false;
        }
        char t = text.charAt(terminator);
        if (t == '!' || t == '?') {
            return true;
        }
        boolean ellipsis = t == '…' || terminatorEnd - terminator > 1;
        if (ellipsis) {
            return terminator > sentenceStart && !Chars.isSpace(text.charAt(terminator - 1)) && upper;
        }
        return isPeriodBoundary(text, terminator, first, end, digit);
    }

    private boolean isPeriodBoundary(String text, int period, int next, int end, boolean digitNext) {
        int wordStart = period;
        while (wordStart > 0 && !Chars.isSpace(text.charAt(wordStart - 1)) && !Chars.isOpener(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        Abbreviations.Kind kind = abbreviations.kind(text, wordStart, period + 1);
        if (kind == null && isInitial(text, wordStart, period)) {
            kind = Abbreviations.Kind.GENERAL;
        }
        if (kind == null) {
            return true;
        }
        return switch (kind) {
            case TITLE -> false;
            case NUMBER -> !digitNext;
            case GENERAL -> !digitNext && abbreviations.isSentenceStarter(wordAt(text, next, end));
        };
    }

    /** A single capital letter ({@code J.}) or an initialism not in the dictionary ({@code U.A.E.}). */
    private static boolean isInitial(String text, int start, int period) {
        if (period - start == 1) {
            return Character.isUpperCase(text.charAt(start));
        }
        for (int i = start; i < period; i += 2) {
            if (!Character.isLetter(text.charAt(i)) || i + 1 > period || text.charAt(i + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    private static String wordAt(String text, int start, int end) {
        int i = start;
        while (i < end && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i);
    }

    /**
     * A heading: a line standing alone, short, not ending in sentence punctuation (a closing quote or bracket
     * after the punctuation counts as ending in it), and not ending in a comma or semicolon.
     */
    static boolean isHeading(String text, int start, int end) {
        int last = end - 1;
        while (last > start && Chars.isCloser(text.charAt(last))) {
            last--;
        }
        char c = text.charAt(last);
        if (Chars.isTerminal(c) || c == ',' || c == ';') {
            return false;
        }
        int words = 1;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == ' ' && ++words > MAX_HEADING_WORDS) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<Sentence> out, String text, int start, int end, int paragraph, boolean heading) {
        int s = skipSpaces(text, start, end);
        int e = trimEnd(text, s, end);
        if (s < e && hasLetterOrDigit(text, s, e)) {
            out.add(new Sentence(out.size(), s, e, text.substring(s, e), paragraph, heading));
        }
    }

    private static boolean hasLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int skipTerminators(String text, int i, int end) {
        while (i < end && Chars.isTerminal(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipClosers(String text, int i, int end) {
        while (i < end && Chars.isCloser(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String text, int i, int end) {
        while (i < end && Chars.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Chars.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static int lineEnd(String text, int from) {
        int i = text.indexOf('\n', from);
        return i < 0 ? text.length() : i;
    }

    private static boolean isBlank(String text, int start, int end) {
        return skipSpaces(text, start, end) == end;
    }

    /** End of the paragraph starting at {@code from}: the start of the next blank line, or the text's end. */
    private static int paragraphEnd(String text, int from) {
        int pos = from;
        int n = text.length();
        while (pos < n) {
            int end = lineEnd(text, pos);
            if (isBlank(text, pos, end)) {
                return pos > from ? pos - 1 : pos;
            }
            pos = end + 1;
        }
        return n;
    }
}
