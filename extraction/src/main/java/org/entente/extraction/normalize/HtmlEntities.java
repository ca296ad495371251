package org.entente.extraction.normalize;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.extraction.text.Tsv;

/** Decodes HTML character references: numeric ones and the named ones of {@code html-entities.tsv}. */
final class HtmlEntities {

    private static final Pattern REFERENCE = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));");

    private final Map<String, String> named;

    private HtmlEntities(Map<String, String> named) {
        this.named = Map.copyOf(named);
    }

    static HtmlEntities load() {
        Map<String, String> named = new HashMap<>();
        for (String[] row : Tsv.read(HtmlEntities.class, "html-entities.tsv", "name", "codepoint")) {
            named.put(row[0], Character.toString(Integer.parseInt(row[1], 16)));
        }
        return new HtmlEntities(named);
    }

    /** The text with every known reference replaced by its character; unknown ones are left as written. */
    String decode(String text) {
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String replacement(Matcher m) {
        if (m.group(3) != null) {
            return named.getOrDefault(m.group(3), m.group());
        }
        int codePoint = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
        return Character.isValidCodePoint(codePoint) && codePoint != 0 ? Character.toString(codePoint) : m.group();
    }
}
