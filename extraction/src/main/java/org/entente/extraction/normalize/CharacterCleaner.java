package org.entente.extraction.normalize;

import java.util.Locale;
import java.util.Set;
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

    private static final Set<String> TAG_NAMES = Set.of("ref", "sup", "br", "p", "div", "li", "ul", "ol", "tr",
            "table", "h1", "h2", "h3", "h4", "h5", "h6", "b", "i", "em", "strong", "span", "a", "u", "s", "small", "big",
            "font", "sub", "abbr", "cite", "code", "blockquote", "mark", "time");

    private final HtmlEntities entities;

    CharacterCleaner(HtmlEntities entities) {
        this.entities = entities;
    }

    /** The text with {@code \n} line ends, plain spaces, no invisible characters and no leftover HTML. */
    String clean(String raw) {
        String text = raw;
        if (hasKnownTag(text)) {
            text = stripTags(text);
        }
        if (text.indexOf('&') >= 0) {
            text = entities.decode(text);
        }
        return normaliseCharacters(text);
    }

    /** Whether some {@code <} opens one of the tags removed here (not {@code <https://...>} or {@code a < b}). */
    private static boolean hasKnownTag(String text) {
        for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
            int j = i + 1 < text.length() && text.charAt(i + 1) == '/' ? i + 2 : i + 1;
            int end = j;
            while (end < text.length() && end - j < 12 && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            if (end > j && end < text.length() && (text.charAt(end) == '>' || text.charAt(end) == ' '
                    || text.charAt(end) == '/') && TAG_NAMES.contains(text.substring(j, end).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
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

    /** Whether the character is changed or removed by {@link #normaliseCharacters}. */
    private static boolean needsCleaning(char c) {
        return c < ' ' ? c != '\n' : c >= '\u0085' && (c == '\u0085' || c == '\u00A0' || c == '\u00AD'
                || c >= '\u1680' && (c == '\u1680' || c >= '\u2000' && c <= '\u200F' || c == '\u2028' || c == '\u2029'
                || c == '\u202F' || c == '\u205F' || c == '\u2060' || c == '\u3000' || c == '\uFEFF'
                || c >= '\uFB00' && c <= '\uFB06'));
    }

    /** The letters of a typographic ligature as PDF text extraction leaves them ({@code ﬁ} → {@code fi}). */
    private static final String[] LIGATURES = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};

    private static String normaliseCharacters(String text) {
        char[] in = text.toCharArray();
        int n = in.length;
        int first = 0;
        while (first < n && !needsCleaning(in[first])) {
            first++;
        }
        if (first == n) {
            return text;
        }
        int ligatures = 0;
        for (int i = first; i < n; i++) {
            ligatures += in[i] >= '\uFB00' && in[i] <= '\uFB06' ? 1 : 0;
        }
        char[] out = new char[n + 2 * ligatures];
        System.arraycopy(in, 0, out, 0, first);
        int length = first;
        for (int i = first; i < n; i++) {
            char c = in[i];
            if (!needsCleaning(c)) {
                out[length++] = c;
                continue;
            }
            switch (c) {
                case '\r' -> {
                    out[length++] = '\n';
                    if (i + 1 < n && in[i + 1] == '\n') {
                        i++;
                    }
                }
                case '\u2028', '\u2029', '\u000B', '\f', '\u0085' -> out[length++] = '\n';
                case '\t', '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000' -> out[length++] = ' ';
                // invisible: soft hyphen, zero-width space/joiners, word joiner, BOM, direction marks; other controls
                default -> {
                    if (c >= '\u2000' && c <= '\u200A') {
                        out[length++] = ' ';
                    } else if (c >= '\uFB00' && c <= '\uFB06') {
                        String letters = LIGATURES[c - '\uFB00'];
                        letters.getChars(0, letters.length(), out, length);
                        length += letters.length();
                    }
                }
            }
        }
        return new String(out, 0, length);
    }
}
