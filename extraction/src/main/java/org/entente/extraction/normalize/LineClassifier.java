package org.entente.extraction.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.extraction.text.ListMarkers;

/** Splits the cleaned document into lines and says what each line is, from its own text. */
final class LineClassifier {

    private static final Pattern WIKI_HEADING = Pattern.compile("(={1,6})\\s*([^=].*?)\\s*\\1\\s*");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("(#{1,6})\\s+(.+?)(?:\\s+#+)?\\s*");
    private static final Pattern RULE = Pattern.compile("[-=_~]{3,}|(?:\\* ?){3,}|(?:- ){2,}-");
    private static final Pattern INFOBOX = Pattern.compile("(?i)(?:\\{\\{\\s*)?infobox\\b.*");
    private static final Pattern IMAGE = Pattern.compile(
            "(?i)(?:[-*•]\\s*)?(?:(?:file|image)\\s*:\\s*|[^:]{1,40}:\\s*)?\\S.{0,120}\\.(?:png|jpe?g|gif|svg|webp|tiff?|bmp)");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:page\\s+)?\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?|[-–—]\\s*\\d{1,3}\\s*[-–—]");
    private static final List<String> IMAGE_EXTENSIONS = List.of(".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp",
            ".tif", ".tiff", ".bmp");
    private static final Pattern NUMBER_LABEL = Pattern.compile("(\\d{1,3})\\s?[.)]\\s*");
    private static final Pattern ADDRESS_ONLY = Pattern.compile(
            "(?:<?(?:(?:https?|ftp)://|www\\.)\\S+?>?|<?[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+>?)[.,;]?"
                    + "(?:\\s+(?:<?(?:(?:https?|ftp)://|www\\.)\\S+?>?|<?[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+>?)[.,;]?)*");
    private static final Pattern CITATION_CUE = Pattern.compile(
            "(?i)\\(\\d{4}[a-z]?\\)|\\bpp?\\.?\\s?\\d|\\bibid\\b|\\bop\\.\\s?cit\\b|\\b(?:retrieved|accessed)\\b"
                    + "|\\*[^*\\s][^*]*\\*|\\bvol\\.\\s?\\d");
    private static final Pattern MARKS = Pattern.compile("[*_]+");

    /** Footnote links and citations are shorter than this; prose paragraphs are not checked for them. */
    private static final int MAX_REFERENCE_LENGTH = 500;

    private final Boilerplate boilerplate;

    LineClassifier(Boilerplate boilerplate) {
        this.boilerplate = boilerplate;
    }

    List<Line> classify(String document) {
        List<Line> lines = new ArrayList<>(document.length() / 60 + 1);
        int pos = 0;
        int n = document.length();
        while (pos <= n) {
            int end = document.indexOf('\n', pos);
            if (end < 0) {
                end = n;
            }
            Line line = classify(document.substring(pos, end).strip(), pos);
            if (line.kind() == Line.Kind.DROP && isSetextUnderline(line.text()) && !lines.isEmpty()
                    && lines.get(lines.size() - 1).kind() == Line.Kind.TEXT) {
                Line title = lines.remove(lines.size() - 1);
                lines.add(new Line(title.text(), Line.Kind.HEADING, line.text().charAt(0) == '=' ? 1 : 2, -1,
                        title.offset()));
            }
            lines.add(line);
            pos = end + 1;
        }
        return lines;
    }

    private static boolean isSetextUnderline(String text) {
        return text.chars().allMatch(c -> c == '=') || text.chars().allMatch(c -> c == '-');
    }

    Line classify(String text, int offset) {
        if (text.isEmpty()) {
            return new Line(text, Line.Kind.BLANK, 0, -1, offset);
        }
        Line heading = heading(text, offset);
        if (heading != null) {
            return heading;
        }
        if (isRule(text) || isPageNumber(text) || isImage(text)) {
            return new Line(text, Line.Kind.DROP, 0, -1, offset);
        }
        if (isInfobox(text)) {
            return new Line(text, Line.Kind.INFOBOX, 0, -1, offset);
        }
        Line reference = reference(text, offset);
        if (reference != null) {
            return reference;
        }
        if (text.length() < Boilerplate.MAX_LENGTH) {
            Boilerplate.Action action = boilerplate.match(stripMarks(text));
            if (action != null) {
                return new Line(text, action == Boilerplate.Action.TAIL ? Line.Kind.TAIL : Line.Kind.DROP, 0, -1,
                        offset);
            }
        }
        return item(text, offset);
    }

    private static Line heading(String text, int offset) {
        char first = text.charAt(0);
        if (first != '=' && first != '#') {
            return null;
        }
        Matcher m = (first == '=' ? WIKI_HEADING : MARKDOWN_HEADING).matcher(text);
        return m.matches() ? new Line(m.group(2), Line.Kind.HEADING, m.group(1).length(), -1, offset) : null;
    }

    // The cheap tests on the first or last characters keep the regular expressions off ordinary prose lines.

    private static boolean isRule(String text) {
        char c = text.charAt(0);
        return (c == '-' || c == '=' || c == '_' || c == '~' || c == '*') && RULE.matcher(text).matches();
    }

    private static boolean isPageNumber(String text) {
        char c = text.charAt(0);
        return text.length() <= 20 && (Character.isDigit(c) || c == 'p' || c == 'P' || c == '-' || c == '–' || c == '—')
                && PAGE_NUMBER.matcher(text).matches();
    }

    private static boolean isImage(String text) {
        int n = text.length();
        if (n >= 200 || n < 5) {
            return false;
        }
        boolean extension = false;
        for (String ext : IMAGE_EXTENSIONS) {
            extension |= text.regionMatches(true, n - ext.length(), ext, 0, ext.length());
        }
        return extension && IMAGE.matcher(text).matches();
    }

    private static boolean isInfobox(String text) {
        return (text.startsWith("{{") || text.regionMatches(true, 0, "infobox", 0, 7)) && INFOBOX.matcher(text).matches();
    }

    private static Line reference(String text, int offset) {
        if (text.length() > MAX_REFERENCE_LENGTH) {
            return null;
        }
        Matcher label = NUMBER_LABEL.matcher(text);
        boolean numbered = Character.isDigit(text.charAt(0)) && label.lookingAt() && label.end() < text.length();
        int number = numbered ? Integer.parseInt(label.group(1)) : -1;
        String rest = numbered ? text.substring(label.end()) : text;
        boolean address = hasAddressMark(rest);
        if (address && (numbered || isAddressOnly(rest))) {
            return new Line(text, Line.Kind.REFERENCE, 0, number, offset);
        }
        if (numbered && CITATION_CUE.matcher(rest).find()) {
            return new Line(text, Line.Kind.CITATION, 0, number, offset);
        }
        return null;
    }

    /** Whether the text has an {@code @}, a {@code ://} or a {@code www.}. */
    private static boolean hasAddressMark(String text) {
        return text.indexOf('@') >= 0 || text.contains("://") || text.contains("www.");
    }

    private static boolean isAddressOnly(String text) {
        String bare = text.indexOf('*') >= 0 || text.indexOf('_') >= 0 ? MARKS.matcher(text).replaceAll("") : text;
        return ADDRESS_ONLY.matcher(bare.strip()).matches();
    }

    private static Line item(String text, int offset) {
        char first = text.charAt(0);
        boolean star = first == '*' && (text.length() < 2 || text.charAt(1) != '*')
                && text.indexOf('*', 1) < 0;
        if (star || first == '†' || first == '‡') {
            return new Line(text, Line.Kind.NOTE, 0, -1, offset);
        }
        int itemStart = ListMarkers.end(text, 0, text.length());
        if (itemStart == 0) {
            return new Line(text, Line.Kind.TEXT, 0, -1, offset);
        }
        if (ListMarkers.isBullet(first)) {
            return new Line(text.substring(itemStart), Line.Kind.BULLET_ITEM, 0, -1, offset);
        }
        return new Line(text, Line.Kind.NUMBERED_ITEM, 0, leadingNumber(text), offset);
    }

    private static int leadingNumber(String text) {
        int i = text.charAt(0) == '(' ? 1 : 0;
        int value = 0;
        int digits = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i)) && digits < 3) {
            value = value * 10 + (text.charAt(i++) - '0');
            digits++;
        }
        return digits == 0 ? -1 : value;
    }

    /** The line without leading bullets, asterisks and emphasis marks. */
    static String stripMarks(String text) {
        int i = 0;
        while (i < text.length() && (ListMarkers.isBullet(text.charAt(i)) || text.charAt(i) == '_'
                || text.charAt(i) == ' ' || text.charAt(i) == '†')) {
            i++;
        }
        String s = text.substring(i);
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
            s = MARKS.matcher(s).replaceAll("");
        }
        return s.strip();
    }
}
