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

    /** The cleaned line, trimmed. */
    static String clean(String line) {
        String s = line;
        boolean escaped = s.indexOf('\\') >= 0;
        if (escaped) {
            s = ESCAPE.matcher(s).replaceAll(m -> String.valueOf((char) (ESCAPE_BASE + m.group(1).charAt(0))));
        }
        if (s.indexOf('[') >= 0 || s.indexOf('{') >= 0) {
            s = WIKI_LINK.matcher(s).replaceAll("$1");
            s = WIKI_TEMPLATE.matcher(s).replaceAll("");
            s = EXTERNAL_LINK.matcher(s).replaceAll("$1");
            s = MARKDOWN_LINK.matcher(s).replaceAll("$1");
        }
        if (s.contains("''")) {
            s = WIKI_QUOTES.matcher(s).replaceAll("");
        }
        if (s.indexOf('<') >= 0) {
            s = AUTOLINK.matcher(s).replaceAll("");
        }
        if (s.indexOf('@') >= 0 || s.contains("://") || s.contains("www.")) {
            s = ADDRESS.matcher(s).replaceAll("");
        }
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
            s = STRONG.matcher(s).replaceAll("$2");
            s = EMPHASIS.matcher(s).replaceAll("$2");
            s = STRAY_STARS.matcher(s).replaceAll("");
        }
        s = FootnoteMarkers.strip(s);
        if (escaped) {
            s = unescape(s);
        }
        return tidySpaces(s);
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
        if (t.contains("  ")) {
            t = SPACES.matcher(t).replaceAll(" ");
        }
        if (t.contains(" ,") || t.contains(" .") || t.contains(" ;") || t.contains(" :") || t.contains(" !")
                || t.contains(" ?") || t.contains(" )") || t.contains(" ]")) {
            t = SPACE_BEFORE_PUNCTUATION.matcher(t).replaceAll("");
        }
        return t;
    }
}
