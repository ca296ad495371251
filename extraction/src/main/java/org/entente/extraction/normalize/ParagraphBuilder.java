package org.entente.extraction.normalize;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.entente.extraction.text.Chars;
import org.entente.extraction.text.Tsv;

/**
 * Builds the normalised layout from the kept lines: paragraphs separated by a blank line, and within a paragraph
 * one line per list item or standalone line. Hard-wrapped lines are joined, words broken at a line end are mended,
 * and a paragraph split by a page break or a removed footnote block is joined again when it stopped mid-sentence:
 * on a word that cannot end a sentence ({@code of}, {@code the}, {@code had}), or on any word when it is prose and
 * the next paragraph starts in lower case.
 */
final class ParagraphBuilder {

    /** A line this long that runs on into the next line is a wrapped line of prose. */
    private static final int WRAPPED_LINE_MIN_LENGTH = 40;
    /** A paragraph that stops mid-sentence this long or longer is prose that continues after a page break. */
    private static final int PROSE_MIN_LENGTH = 60;
    /** A paragraph of fewer words is a label ("About"), even when its last word cannot end a sentence. */
    private static final int CLAUSE_MIN_WORDS = 4;

    /** One output line. */
    private record Out(String text, Line.Kind kind) {
    }

    private final Hyphenation hyphenation;
    private final Set<String> continuationWords;

    private ParagraphBuilder(Hyphenation hyphenation, Set<String> continuationWords) {
        this.hyphenation = hyphenation;
        this.continuationWords = Set.copyOf(continuationWords);
    }

    static ParagraphBuilder load() {
        Set<String> words = new HashSet<>();
        for (String[] row : Tsv.read(ParagraphBuilder.class, "continuation-words.tsv", "word")) {
            words.add(row[0].toLowerCase(Locale.ROOT));
        }
        return new ParagraphBuilder(Hyphenation.load(), words);
    }

    /** The normalised text of the kept, cleaned lines. */
    String build(List<Line> lines, String document) {
        Set<List<Out>> afterRemoval = Collections.newSetFromMap(new IdentityHashMap<>());
        List<List<Out>> blocks = joinBrokenParagraphs(blocks(lines, document, afterRemoval), afterRemoval, document);
        StringBuilder out = new StringBuilder(document.length());
        List<Out> previous = null;
        for (List<Out> block : blocks) {
            if (block.equals(previous)) {
                continue;
            }
            if (out.length() > 0) {
                out.append("\n\n");
            }
            for (int i = 0; i < block.size(); i++) {
                if (i > 0) {
                    out.append('\n');
                }
                Out line = block.get(i);
                out.append(line.kind() == Line.Kind.BULLET_ITEM ? "• " : "").append(line.text());
            }
            previous = block;
        }
        return out.toString();
    }

    /** The paragraphs; those that follow removed apparatus (a footnote block, a page footer) are added to the set. */
    private List<List<Out>> blocks(List<Line> lines, String document, Set<List<Out>> afterRemoval) {
        List<List<Out>> blocks = new ArrayList<>();
        List<Out> block = new ArrayList<>();
        boolean removed = false;
        for (Line line : lines) {
            if (line.isBlank() || line.text().isEmpty()) {
                block = close(blocks, block);
                removed |= line.kind() == Line.Kind.REMOVED;
                continue;
            }
            if (block.isEmpty() && removed) {
                afterRemoval.add(block);
            }
            removed = false;
            if (line.kind() == Line.Kind.HEADING) {
                block = close(blocks, block);
                block.add(new Out(line.text(), Line.Kind.HEADING));
                block = close(blocks, block);
            } else if (block.isEmpty() || line.isItem()) {
                block.add(new Out(line.text(), line.kind()));
            } else {
                Out last = block.get(block.size() - 1);
                String joined = joinWrapped(last, line.text(), document);
                if (joined != null) {
                    block.set(block.size() - 1, new Out(joined, last.kind()));
                } else {
                    block.add(new Out(line.text(), line.kind()));
                }
            }
        }
        close(blocks, block);
        return blocks;
    }

    private static List<Out> close(List<List<Out>> blocks, List<Out> block) {
        if (block.isEmpty()) {
            return block;
        }
        blocks.add(block);
        return new ArrayList<>();
    }

    /** {@code last} and the next line of the same paragraph as one line, or null when they are separate lines. */
    private String joinWrapped(Out last, String next, String document) {
        String text = last.text();
        if (Hyphenation.endsWithBreak(text) && Character.isLetter(next.charAt(0))) {
            return hyphenation.join(text, next, document);
        }
        boolean continues = Character.isLowerCase(next.charAt(0))
                || last.kind() == Line.Kind.TEXT && text.length() >= WRAPPED_LINE_MIN_LENGTH;
        return continues ? text + " " + next : null;
    }

    private List<List<Out>> joinBrokenParagraphs(List<List<Out>> blocks, Set<List<Out>> afterRemoval,
                                                 String document) {
        List<List<Out>> result = new ArrayList<>(blocks.size());
        for (List<Out> block : blocks) {
            List<Out> previous = result.isEmpty() ? null : result.get(result.size() - 1);
            if (previous != null && (continuesAcrossBreak(previous, block)
                    || afterRemoval.contains(block) && runsOnAcrossRemoval(previous, block))) {
                Out tail = previous.get(previous.size() - 1);
                String first = block.get(0).text();
                String joined = Hyphenation.endsWithBreak(tail.text()) && Character.isLetter(first.charAt(0))
                        ? hyphenation.join(tail.text(), first, document) : tail.text() + " " + first;
                previous.set(previous.size() - 1, new Out(joined, tail.kind()));
                previous.addAll(block.subList(1, block.size()));
            } else {
                result.add(block);
            }
        }
        return result;
    }

    /** Whether {@code next} continues the sentence that {@code previous} left unfinished. */
    private boolean continuesAcrossBreak(List<Out> previous, List<Out> next) {
        Out tail = previous.get(previous.size() - 1);
        Out head = next.get(0);
        if (tail.kind() != Line.Kind.TEXT || head.kind() != Line.Kind.TEXT || endsSentence(tail.text())) {
            return false;
        }
        String text = tail.text();
        char last = text.charAt(text.length() - 1);
        if (last == ',' || Hyphenation.endsWithBreak(text)
                || continuationWords.contains(lastWord(text)) && hasWords(text, CLAUSE_MIN_WORDS)) {
            return true;
        }
        return Character.isLowerCase(head.text().charAt(0)) && isProse(text);
    }

    /**
     * "... on the sidelines of the first European Political" [footnote block] "Community summit and ...": prose cut
     * off mid-sentence where apparatus was removed runs on into the next paragraph, whatever its first letter.
     */
    private static boolean runsOnAcrossRemoval(List<Out> previous, List<Out> next) {
        Out tail = previous.get(previous.size() - 1);
        return tail.kind() == Line.Kind.TEXT && next.get(0).kind() == Line.Kind.TEXT && !endsSentence(tail.text())
                && isProse(tail.text());
    }

    private static String lastWord(String text) {
        int end = text.length();
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i > 0 && Chars.isCloser(text.charAt(i))) {
            i--;
        }
        char c = text.charAt(i);
        return Chars.isTerminal(c) || c == ':';
    }

    /** Long enough, and not a title (most words capitalised). */
    private static boolean isProse(String text) {
        if (text.length() < PROSE_MIN_LENGTH) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        boolean atWordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                atWordStart = true;
            } else if (atWordStart) {
                atWordStart = false;
                if (Character.isLetter(c)) {
                    words++;
                    capitalised += Character.isUpperCase(c) ? 1 : 0;
                }
            }
        }
        return capitalised * 2 <= words;
    }

    private static boolean hasWords(String text, int min) {
        int words = 1;
        for (int i = text.indexOf(' '); i >= 0 && words < min; i = text.indexOf(' ', i + 1)) {
            words++;
        }
        return words >= min;
    }
}
