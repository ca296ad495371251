package org.entente.extraction.normalize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole-text character fixes done before lines are looked at: line ends, spaces, invisible characters, leftover
 * HTML markup and character references.
 */
final class CharacterCleaner {

    private static final Pattern REF_TAG = Pattern.compile("(?is)<ref\\b[^>]*/>|<ref\\b[^>]*>.*?</ref>");
    private static final Pattern SUP_TAG = Pattern.compile("(?is)<sup\\b[^>]*>.*?</sup>");
    private static final Pattern HEADING_TAG = Pattern.compile("(?is)<h([1-6])\\b[^>]*>(.*?)</h\\1\\s*>");
    private static final Pattern LINE_TAG = Pattern.compile("(?i)<br\\s*/?>|</?(?:div|li|ul|ol|tr|table|h[1-6])\\b[^>]*>");
    private static final Pattern PARAGRAPH_TAG = Pattern.compile("(?i)</?p\\b[^>]*>");
    private static final Pattern INLINE_TAG = Pattern.compile(
            "(?i)</?(?:b|i|em|strong|span|a|u|s|small|big|font|sub|abbr|cite|code|blockquote|mark|time)\\b[^<>]*>");

    private final HtmlEntities entities;

    CharacterCleaner(HtmlEntities entities) {
        this.entities = entities;
    }

    /** The text with {@code \n} line ends, plain spaces, no invisible characters and no leftover HTML. */
    String clean(String raw) {
        String text = raw;
        if (text.indexOf('<') >= 0) {
            text = stripTags(text);
        }
        if (text.indexOf('&') >= 0) {
            text = entities.decode(text);
        }
        return normaliseCharacters(text);
    }

    private static String stripTags(String text) {
        String t = REF_TAG.matcher(text).replaceAll("");
        t = SUP_TAG.matcher(t).replaceAll("");
        Matcher h = HEADING_TAG.matcher(t);
        t = h.replaceAll(m -> Matcher.quoteReplacement("\n\n" + "#".repeat(Integer.parseInt(m.group(1))) + " "
                + m.group(2).strip() + "\n\n"));
        t = PARAGRAPH_TAG.matcher(t).replaceAll("\n\n");
        t = LINE_TAG.matcher(t).replaceAll("\n");
        return INLINE_TAG.matcher(t).replaceAll("");
    }

    private static String normaliseCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> {
                    out.append('\n');
                    if (i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\u2028', '\u2029', '\u000B', '\f', '\u0085' -> out.append('\n');
                case '\t', '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000' -> out.append(' ');
                // invisible: soft hyphen, zero-width space/joiners, word joiner, BOM, direction marks
                case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u200E', '\u200F' -> {
                }
                default -> {
                    if (c >= '\u2000' && c <= '\u200A') {
                        out.append(' ');
                    } else if (c >= ' ' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
