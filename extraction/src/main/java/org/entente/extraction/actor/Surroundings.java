package org.entente.extraction.actor;

import java.util.regex.Pattern;

/**
 * Questions about the text around a token that the case and context rules ask. Remembers the last line it looked
 * at, so that the words of one long line cost one pass over it: build one per scan, don't share it between threads.
 */
final class Surroundings {

    /** Words of armed conflict that make the acronym "IS" the Islamic State. */
    private static final Pattern MILITANT_CUES = Pattern.compile(
            "\\b(?:militan|jihad|terror|insurgen|caliphate|fighters|daesh|isis|isil|islamic state|extremis|"
                    + "attack|captur|offensive|bomb|suicide|beheade|stronghold)",
            Pattern.CASE_INSENSITIVE);
    private static final int CUE_WINDOW = 200;

    private final String text;
    /** The last line {@link #shouting} read: {@code text[lineStart, lineEnd)}, and its answer. */
    private int lineStart = -1;
    private int lineEnd = -1;
    private boolean lineShouting;

    Surroundings(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /** True when the line holding the offset has no lower-case letter (a headline in capitals). */
    boolean shouting(int offset) {
        if (lineStart <= offset && offset < lineEnd) {
            return lineShouting;
        }
        int from = offset;
        while (from > 0 && text.charAt(from - 1) != '\n') {
            from--;
        }
        int to = offset;
        while (to < text.length() && text.charAt(to) != '\n') {
            to++;
        }
        boolean noLowerCase = true;
        for (int i = from; i < to && noLowerCase; i++) {
            noLowerCase = !Character.isLowerCase(text.charAt(i));
        }
        lineStart = from;
        lineEnd = to;
        lineShouting = noLowerCase;
        return noLowerCase;
    }

    /** True when the offset starts a sentence, a line or a quotation: a capital there says nothing. */
    boolean sentenceInitial(int offset) {
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '"' || c == '\u201C'
                || c == '(' || c == '\u2022' || c == '*';
    }

    /** True when words of armed conflict stand within a short window of the span. */
    boolean militantContext(int start, int end) {
        int from = Math.max(0, start - CUE_WINDOW);
        int to = Math.min(text.length(), end + CUE_WINDOW);
        return MILITANT_CUES.matcher(text).region(from, to).find();
    }
}
