package org.entente.extraction.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.entente.extraction.text.Tsv;

/**
 * Removes what surrounds an article's text rather than belonging to it: footnote blocks, reference sections,
 * infoboxes, reader comments, running page headers and the lines classified as boilerplate. Removed lines become
 * blank, so the paragraphs around them can be joined again when they were one paragraph split by a page break.
 */
final class Apparatus {

    /**
     * A text line this long that ends a sentence and starts another, or ends one and is half as long again, is
     * prose: the article has begun (titles are shorter and hold one sentence at most).
     */
    private static final int PROSE_MIN_LENGTH = 60;
    /** Reference-section headings are short ("Notes and references:"). */
    private static final int MAX_REFERENCE_HEADING_LENGTH = 40;
    /** A short standalone line repeated this often is a running page header or footer. */
    private static final int RUNNING_HEADER_REPEATS = 3;
    private static final int RUNNING_HEADER_MAX_LENGTH = 80;

    private final Set<String> referenceHeadings;

    private Apparatus(Set<String> referenceHeadings) {
        this.referenceHeadings = Set.copyOf(referenceHeadings);
    }

    static Apparatus load() {
        Set<String> headings = new HashSet<>();
        for (String[] row : Tsv.read(Apparatus.class, "reference-headings.tsv", "heading")) {
            headings.add(row[0].toLowerCase(Locale.ROOT));
        }
        return new Apparatus(headings);
    }

    /**
     * The lines with the apparatus blanked out; what remains is only {@code BLANK}, {@code REMOVED} (a blank where
     * apparatus was), {@code TEXT}, {@code HEADING}, {@code NUMBERED_ITEM} and {@code BULLET_ITEM} lines.
     */
    List<Line> remove(List<Line> input) {
        List<Line> lines = new ArrayList<>(input);
        int prose = firstProse(lines);
        dropInfoboxes(lines);
        dropTail(lines, prose);
        dropReferenceSections(lines, prose);
        dropFootnoteRuns(lines);
        dropRunningHeaders(lines);
        for (int i = 0; i < lines.size(); i++) {
            lines.set(i, settle(lines.get(i)));
        }
        return lines;
    }

    private static void dropInfoboxes(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind() == Line.Kind.INFOBOX) {
                for (int j = i; j < lines.size() && !lines.get(j).isBlank(); j++) {
                    blank(lines, j);
                }
            }
        }
    }

    /** Index of the first line of prose, or the number of lines when there is none. */
    private static int firstProse(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.kind() == Line.Kind.TEXT && isProse(line.text())) {
                return i;
            }
        }
        return lines.size();
    }

    private static boolean isProse(String text) {
        int n = text.length();
        if (n < PROSE_MIN_LENGTH) {
            return false;
        }
        for (int i = 0; i + 2 < n; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' '
                    && Character.isUpperCase(text.charAt(i + 2))) {
                return true;
            }
        }
        char last = text.charAt(n - 1);
        return n >= PROSE_MIN_LENGTH * 3 / 2 && (last == '.' || last == '!' || last == '?');
    }

    /**
     * Everything from the start of the reader-comment section; comment-section markers before the article's first
     * prose (a comment count in the page header) alone.
     */
    private static void dropTail(List<Line> lines, int prose) {
        int start = commentSectionStart(lines, prose);
        for (int i = 0; i < lines.size(); i++) {
            if (start >= 0 && i >= start || lines.get(i).kind() == Line.Kind.TAIL) {
                blank(lines, i);
            }
        }
    }

    /** Index of the line where the reader-comment section starts, or -1 when there is none. */
    static int commentSectionStart(List<Line> lines) {
        return commentSectionStart(lines, firstProse(lines));
    }

    /** The first comment-section marker after the article's first prose, or -1. */
    private static int commentSectionStart(List<Line> lines, int prose) {
        for (int i = prose + 1; i < lines.size(); i++) {
            if (lines.get(i).kind() == Line.Kind.TAIL) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A reference-section heading drops its section: a marked-up one ({@code == References ==}) up to the next
     * heading of the same or a higher level, a plain line ({@code References}) standing alone after the article's
     * first prose up to the next marked-up heading or the end.
     */
    private void dropReferenceSections(List<Line> lines, int prose) {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            boolean heading = line.kind() == Line.Kind.HEADING && line.level() > 0;
            boolean plain = line.kind() == Line.Kind.TEXT && i > prose && standsAlone(lines, i);
            if (!(heading || plain) || !isReferenceHeading(line.text())) {
                continue;
            }
            int level = heading ? line.level() : Integer.MAX_VALUE;
            int j = i;
            do {
                blank(lines, j++);
            } while (j < lines.size() && !(lines.get(j).kind() == Line.Kind.HEADING && lines.get(j).level() > 0
                    && lines.get(j).level() <= level));
            i = j - 1;
        }
    }

    private boolean isReferenceHeading(String text) {
        if (text.length() > MAX_REFERENCE_HEADING_LENGTH) {
            return false;
        }
        String t = LineClassifier.stripMarks(text).toLowerCase(Locale.ROOT);
        if (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return referenceHeadings.contains(t);
    }

    private static boolean standsAlone(List<Line> lines, int i) {
        return (i == 0 || lines.get(i - 1).isBlank()) && (i + 1 == lines.size() || lines.get(i + 1).isBlank());
    }

    /**
     * A run of consecutive footnote-like lines (blank lines between them allowed) is a footnote block when it
     * holds a reference link or two citations. Numbered items next to the block whose numbers continue the
     * block's numbering are its notes too.
     */
    private static void dropFootnoteRuns(List<Line> lines) {
        int i = 0;
        while (i < lines.size()) {
            if (!isFootnoteLike(lines.get(i))) {
                i++;
                continue;
            }
            int last = i;
            int firstNumber = -1;
            int lastNumber = -1;
            int references = 0;
            int citations = 0;
            for (int j = i; j < lines.size(); j++) {
                Line line = lines.get(j);
                if (line.isBlank() || line.kind() == Line.Kind.DROP) {
                    continue;
                }
                if (!isFootnoteLike(line)) {
                    break;
                }
                references += line.kind() == Line.Kind.REFERENCE ? 1 : 0;
                citations += line.kind() == Line.Kind.CITATION ? 1 : 0;
                if (line.number() >= 0) {
                    firstNumber = firstNumber < 0 ? line.number() : firstNumber;
                    lastNumber = line.number();
                }
                last = j;
            }
            if (references > 0 || citations > 1) {
                int from = extendByNumbering(lines, i, firstNumber, -1);
                int to = extendByNumbering(lines, last, lastNumber, +1);
                for (int j = from; j <= to; j++) {
                    blank(lines, j);
                }
                last = to;
            }
            i = last + 1;
        }
    }

    private static boolean isFootnoteLike(Line line) {
        return line.kind() == Line.Kind.REFERENCE || line.kind() == Line.Kind.CITATION
                || line.kind() == Line.Kind.NOTE;
    }

    /**
     * Extends a footnote block from its edge line over neighbouring numbered items that continue its numbering
     * ({@code number} is the block's first number when going back, its last when going forward, or -1).
     */
    private static int extendByNumbering(List<Line> lines, int edge, int number, int step) {
        int result = edge;
        int expected = number + step;
        for (int j = edge + step; number >= 0 && j >= 0 && j < lines.size(); j += step) {
            Line line = lines.get(j);
            if (line.isBlank() || line.kind() == Line.Kind.DROP) {
                continue;
            }
            if (line.kind() != Line.Kind.NUMBERED_ITEM || line.number() != expected) {
                break;
            }
            expected += step;
            result = j;
        }
        return result;
    }

    private static void dropRunningHeaders(List<Line> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (isHeaderCandidate(lines, i)) {
                counts.merge(lines.get(i).text(), 1, Integer::sum);
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (isHeaderCandidate(lines, i) && counts.get(lines.get(i).text()) >= RUNNING_HEADER_REPEATS
                    && !seen.add(lines.get(i).text())) {
                blank(lines, i);
            }
        }
    }

    private static boolean isHeaderCandidate(List<Line> lines, int i) {
        Line line = lines.get(i);
        return line.kind() == Line.Kind.TEXT && line.text().length() <= RUNNING_HEADER_MAX_LENGTH
                && standsAlone(lines, i);
    }

    /** The final kind of a line that survived: notes become items or text; markers and boilerplate go. */
    private static Line settle(Line line) {
        return switch (line.kind()) {
            case DROP, TAIL, INFOBOX, REFERENCE -> line.as(Line.Kind.REMOVED).withText("");
            case CITATION -> line.as(Line.Kind.NUMBERED_ITEM);
            case NOTE -> note(line);
            default -> line;
        };
    }

    private static Line note(Line line) {
        String text = line.text().substring(1);
        boolean spaced = !text.isEmpty() && text.charAt(0) == ' ';
        return new Line(text.strip(), spaced ? Line.Kind.BULLET_ITEM : Line.Kind.TEXT, 0, -1, line.offset());
    }

    private static void blank(List<Line> lines, int i) {
        lines.set(i, lines.get(i).as(Line.Kind.REMOVED).withText(""));
    }
}
