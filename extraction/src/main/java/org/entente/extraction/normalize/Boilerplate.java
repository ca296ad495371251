package org.entente.extraction.normalize;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.extraction.text.Tsv;

/** The boilerplate line patterns of {@code boilerplate.tsv}. */
final class Boilerplate {

    /** Lines this long or longer are prose, never boilerplate. */
    static final int MAX_LENGTH = 300;

    /** What to do with a matching line. */
    enum Action {
        /** drop the line */
        LINE,
        /** a reader-comment section starts here */
        TAIL
    }

    /** All rows in one pattern: group 1 holds the {@code line} rows, group 2 the {@code tail} rows. */
    private final Pattern pattern;

    private Boilerplate(Pattern pattern) {
        this.pattern = pattern;
    }

    static Boilerplate load() {
        Map<Action, StringJoiner> alternatives = new EnumMap<>(Action.class);
        for (Action action : Action.values()) {
            alternatives.put(action, new StringJoiner("|"));
        }
        for (String[] row : Tsv.read(Boilerplate.class, "boilerplate.tsv", "pattern", "action")) {
            if (Pattern.compile(row[0]).matcher("").groupCount() > 0) {
                throw new IllegalStateException("boilerplate.tsv: use (?:...) groups, not capturing ones: " + row[0]);
            }
            alternatives.get(Action.valueOf(row[1].toUpperCase(Locale.ROOT))).add("(?:" + row[0] + ")");
        }
        String joined = "(" + alternatives.get(Action.LINE) + ")|(" + alternatives.get(Action.TAIL) + ")";
        return new Boilerplate(Pattern.compile(joined, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** What to do with the line when a pattern matches it whole, or null when it is not boilerplate. */
    Action match(String line) {
        Matcher m = pattern.matcher(line);
        if (!m.matches()) {
            return null;
        }
        return m.group(1) != null ? Action.LINE : Action.TAIL;
    }
}
