package org.entente.extraction.normalize;

import java.util.regex.Pattern;

/**
 * Cleans the text of one kept line: backslash escapes, wiki and markdown inline markup, links and addresses,
 * emphasis marks, footnote markers and stray spacing. Typographic quotes and dashes are kept.
 */
final class InlineCleaner {

    /** Escaped ASCII punctuation is parked in this private-use block while markup is removed. */
    private static final char ESCAPE_BASE = '\uE000';

    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[(?:[^\\[\\]|]*\\|)?([^\\[\\]|]*)]]");
    private static final Pattern WIKI_TEMPLATE = Pattern.compile("\\{\\{[^{}]*}}");
    private static final Pattern WIKI_QUOTES = Pattern.compile("'{2,}");
    private static final Pattern EXTERNAL_LINK = Pattern.compile("\\[(?:https?|ftp)://[^\\s\\]]+\\s+([^\\]]+)]");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[([^\\[\\]]*)]\\(\\s*[^()\\s]+(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<(?:(?:https?|ftp)://|mailto:|www\\.)[^<>\\s]*>|<[^<>\\s@]+@[^<>\\s]+>");
    private static final Pattern ADDRESS = Pattern.compile(
            "(?:(?:https?|ftp)://|\\bwww\\.)[^\\s<>]*[^\\s<>.,;:!?)\\]'\"”’]|\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\b");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])([*_])(?=[^\\s*_])([^*_]+?)(?<=[^\\s*_])\\1(?![\\w*])");
    private static final Pattern STRAY_STARS = Pattern.compile("\\*+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("(?<=[\\p{L}\\p{N}”’\")]) +(?=[,;:.!?)\\]](?:\\s|$|[”’\")]))");

    private InlineCleaner() {
    }

    // What a line holds, found in one scan, so that each pass below runs only on the lines that need it.
    private static final int HAS_ESCAPE = 1;
    private static final int HAS_BRACKET = 1 << 1;
    private static final int HAS_WIKI_QUOTES = 1 << 2;
    private static final int HAS_ANGLE = 1 << 3;
    private static final int HAS_ADDRESS = 1 << 4;
    private static final int HAS_EMPHASIS = 1 << 5;
    private static final int HAS_FOOTNOTE = 1 << 6;
    private static final int HAS_LOOSE_SPACE = 1 << 7;

    /** The cleaned line, trimmed. */
    static String clean(String line) {
        int features = features(line);
        String s = line;
        if ((features & HAS_ESCAPE) != 0) {
            s = ESCAPE.matcher(s).replaceAll(m -> String.valueOf((char) (ESCAPE_BASE + m.group(1).charAt(0))));
        }
        if ((features & HAS_BRACKET) != 0) {
            s = WIKI_LINK.matcher(s).replaceAll("$1");
            s = WIKI_TEMPLATE.matcher(s).replaceAll("");
            s = EXTERNAL_LINK.matcher(s).replaceAll("$1");
            s = MARKDOWN_LINK.matcher(s).replaceAll("$1");
        }
        if ((features & HAS_WIKI_QUOTES) != 0) {
            s = WIKI_QUOTES.matcher(s).replaceAll("");
        }
        if ((features & HAS_ANGLE) != 0) {
            s = AUTOLINK.matcher(s).replaceAll("");
        }
        if ((features & HAS_ADDRESS) != 0) {
            s = ADDRESS.matcher(s).replaceAll("");
        }
        if ((features & HAS_EMPHASIS) != 0) {
            s = STRONG.matcher(s).replaceAll("$2");
            s = EMPHASIS.matcher(s).replaceAll("$2");
            s = STRAY_STARS.matcher(s).replaceAll("");
        }
        if ((features & HAS_FOOTNOTE) != 0) {
            s = FootnoteMarkers.strip(s);
        }
        if ((features & HAS_ESCAPE) != 0) {
            s = unescape(s);
        }
        // removals can leave loose spaces; an untouched line has them only if the scan saw some
        return s == line && (features & HAS_LOOSE_SPACE) == 0 ? s.strip() : tidySpaces(s);
    }

    /** The features of a line, as a set of the {@code HAS_} bits. */
    private static int features(String line) {
        char[] s = line.toCharArray();
        int f = 0;
        char prev = ' ';
        int n = s.length;
        for (int i = 0; i < n; i++) {
            char c = s[i];
            if (c >= 128) {
                f |= FootnoteMarkers.isSuperscriptDigit(c) ? HAS_FOOTNOTE : 0;
            } else if (c >= '0' && c <= '9') {
                boolean glued = Character.isLetter(prev) || prev == '.' || prev == ',' || prev == ';' || prev == ':'
                        || prev == '"' || prev == ')';
                f |= glued ? HAS_FOOTNOTE : 0;
            } else if (NOTABLE[c]) {
                f |= asciiFeature(c, prev, s, i);
            }
            prev = c;
        }
        return f;
    }

    /** The ASCII characters {@link #asciiFeature} looks at; letters and most punctuation are not. */
    private static final boolean[] NOTABLE = new boolean[128];

    static {
        for (char c : "\\[{<@*_'/ .,;:!?)]".toCharArray()) {
            NOTABLE[c] = true;
        }
    }

    private static int asciiFeature(char c, char prev, char[] s, int i) {
        return switch (c) {
            case '\\' -> HAS_ESCAPE;
            case '[' -> HAS_BRACKET | HAS_FOOTNOTE;
            case '{' -> HAS_BRACKET;
            case '<' -> HAS_ANGLE;
            case '@' -> HAS_ADDRESS;
            case '*', '_' -> HAS_EMPHASIS;
            case '\'' -> prev == '\'' ? HAS_WIKI_QUOTES : 0;
            case '/' -> prev == ':' && i + 1 < s.length && s[i + 1] == '/' ? HAS_ADDRESS : 0;
            case ' ' -> prev == ' ' ? HAS_LOOSE_SPACE : 0;
            case '.' -> (prev == ' ' ? HAS_LOOSE_SPACE : 0)
                    | (prev == 'w' && i >= 3 && s[i - 2] == 'w' && s[i - 3] == 'w' ? HAS_ADDRESS : 0);
            case ',', ';', ':', '!', '?', ')', ']' -> prev == ' ' ? HAS_LOOSE_SPACE : 0;
            default -> 0;
        };
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= ESCAPE_BASE && c < ESCAPE_BASE + 128 ? (char) (c - ESCAPE_BASE) : c);
        }
        return out.toString();
    }

    private static String tidySpaces(String s) {
        String t = s.strip();
        boolean doubled = false;
        boolean beforePunctuation = false;
        for (int i = t.indexOf(' '); i >= 0 && i + 1 < t.length(); i = t.indexOf(' ', i + 1)) {
            char next = t.charAt(i + 1);
            doubled |= next == ' ';
            beforePunctuation |= ",.;:!?)]".indexOf(next) >= 0;
        }
        if (doubled) {
            t = SPACES.matcher(t).replaceAll(" ");
        }
        if (beforePunctuation) {
            t = SPACE_BEFORE_PUNCTUATION.matcher(t).replaceAll("");
        }
        return t;
    }
}
