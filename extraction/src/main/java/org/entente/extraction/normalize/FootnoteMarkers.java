package org.entente.extraction.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.extraction.text.Chars;

/**
 * Removes footnote markers from a line, leaving the spacing a reader would expect:
 * <ul>
 *   <li>superscript digits, glued or spaced ({@code Islamabad²}, {@code relations.¹⁵ So}, {@code Kashmir ¹⁴in},
 *       {@code Pakistan ¹¹, the}), but not powers of units ({@code 796,096 km²});</li>
 *   <li>bracketed references and editorial tags ({@code [12]}, {@code [3, 4]}, {@code [a]}, {@code [note 2]},
 *       {@code [citation needed]}, {@code [who?]}), but not editorial insertions in quotes ({@code [with]});</li>
 *   <li>plain digits glued to the end of a lower-case word ({@code relationship30}) or to its sentence punctuation
 *       ({@code relations.5 But}), but not numbers that belong to a name or code ({@code G20}, {@code F-16},
 *       {@code JF-17}, {@code 1,000}, {@code 2021.}).</li>
 * </ul>
 */
final class FootnoteMarkers {

    private static final Pattern BRACKETED = Pattern.compile(
            "\\[(?:\\d{1,3}(?:\\s*[,–-]\\s*\\d{1,3})*|[a-z]|(?:note|n|nb)\\s?\\d{1,3}|[a-z][a-z ]{0,40}needed"
                    + "|[^\\[\\]?]{1,30}\\?|dead link|dubious(?:\\s*[–-]\\s*discuss)?|failed verification)\\]");

    private FootnoteMarkers() {
    }

    /** The line without footnote markers. */
    static String strip(String line) {
        char[] chars = line.toCharArray();
        int n = chars.length;
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < n; i++) {
            if (!isCandidate(chars[i])) {
                continue;
            }
            if (out != null && copied < i) {
                // the marker rules read the cleaned text before the candidate
                out.append(chars, copied, i - copied);
                copied = i;
            }
            int markerEnd = markerEnd(line, i, out);
            if (markerEnd < 0) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n).append(chars, 0, i);
            }
            closeGap(out, line, markerEnd);
            copied = markerEnd;
            i = markerEnd - 1;
        }
        if (out == null) {
            return line;
        }
        return out.append(chars, copied, n - copied).toString();
    }

    /** A character that may start a marker: a digit, a bracket or a superscript digit. */
    private static boolean isCandidate(char c) {
        return c <= '9' ? c >= '0' : c == '[' || c >= '\u00B2' && isSuperscriptDigit(c);
    }

    /** End of the marker starting at {@code i}, or -1; {@code out} is the cleaned text so far, or null for the line. */
    private static int markerEnd(String line, int i, StringBuilder out) {
        CharSequence before = out == null ? line : out;
        int k = out == null ? i : out.length();
        char c = line.charAt(i);
        if (c == '[') {
            Matcher m = BRACKETED.matcher(line).region(i, line.length());
            return m.lookingAt() ? m.end() : -1;
        }
        if (Chars.isAsciiDigit(c)) {
            return gluedMarkerEnd(before, k, line, i);
        }
        int j = i;
        while (j < line.length() && isSuperscriptDigit(line.charAt(j))) {
            j++;
        }
        return isUnitPower(before, k, line, i, j) ? -1 : j;
    }

    static boolean isSuperscriptDigit(char c) {
        return c == '¹' || c == '²' || c == '³' || c == '⁰' || c >= '⁴' && c <= '⁹';
    }

    /**
     * {@code km²}, {@code 5 m³}: a single ² or ³ after a unit written after a number; {@code before[0, k)} is the
     * cleaned text so far.
     */
    private static boolean isUnitPower(CharSequence before, int k, String line, int start, int end) {
        if (end - start != 1 || line.charAt(start) == '¹') {
            return false;
        }
        int unitStart = k;
        while (unitStart > 0 && Character.isLetter(before.charAt(unitStart - 1)) && k - unitStart < 3) {
            unitStart--;
        }
        String unit = before.subSequence(unitStart, k).toString();
        if (!(unit.equals("km") || unit.equals("m") || unit.equals("cm") || unit.equals("mm") || unit.equals("ft")
                || unit.equals("mi"))) {
            return false;
        }
        int p = unitStart;
        if (p > 0 && before.charAt(p - 1) == ' ') {
            p--;
        }
        return p > 0 && Chars.isAsciiDigit(before.charAt(p - 1));
    }

    /**
     * End of a footnote number glued to a lower-case word ({@code relationship30}) or to the punctuation after it
     * ({@code relations.5 But}), or -1; {@code before[0, k)} is the cleaned text so far.
     */
    private static int gluedMarkerEnd(CharSequence before, int k, String line, int start) {
        if (k == 0) {
            return -1;
        }
        char last = before.charAt(k - 1);
        if (Chars.isAsciiDigit(last)) {
            return -1;
        }
        int end = Chars.skipDigits(line, start, line.length());
        if (end - start > 3) {
            return -1;
        }
        char next = end < line.length() ? line.charAt(end) : ' ';
        if (Character.isLowerCase(last)) {
            boolean followedOk = next == ' ' || next == ',' || next == ';' || next == ':' || next == ')'
                    || next == '”' || next == '"' || next == '.' && !(end + 1 < line.length()
                    && Chars.isAsciiDigit(line.charAt(end + 1)));
            return followedOk && isLowerCaseWordEnd(before, k, 3) ? end : -1;
        }
        boolean punctuation = last == '.' || last == ',' || last == ';' || last == ':' || last == '”' || last == '"'
                || last == ')';
        if (punctuation && next == ' ' && k > 1 && isLowerCaseWordEnd(before, k - 1, 2)) {
            return end;
        }
        return -1;
    }

    /** Whether the word ending at {@code end} is all letters and ends in at least {@code min} lower-case ones. */
    private static boolean isLowerCaseWordEnd(CharSequence text, int end, int min) {
        int i = end;
        while (i > 0 && Character.isLowerCase(text.charAt(i - 1))) {
            i--;
        }
        if (end - i < min) {
            return false;
        }
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && !Chars.isHyphen(text.charAt(i - 1));
    }

    /** Mends the spacing where a marker was removed, before {@code line[next]}. */
    private static void closeGap(StringBuilder out, String line, int next) {
        char after = next < line.length() ? line.charAt(next) : ' ';
        int len = out.length();
        char before = len == 0 ? ' ' : out.charAt(len - 1);
        boolean afterIsBreak = next >= line.length() || after == ' ' || ",.;:!?)".indexOf(after) >= 0;
        if (before == ' ' && afterIsBreak) {
            while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
        } else if (before != ' ' && Character.isLetterOrDigit(after) && Character.isLetterOrDigit(before)) {
            out.append(' ');
        }
    }
}
