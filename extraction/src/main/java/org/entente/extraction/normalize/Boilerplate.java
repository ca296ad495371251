package org.entente.extraction.normalize;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
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

    /** One pattern per action: the alternation of that action's rows. */
    private final Map<Action, Pattern> patterns;

    private Boilerplate(Map<Action, Pattern> patterns) {
        this.patterns = Map.copyOf(patterns);
    }

    static Boilerplate load() {
        Map<Action, StringJoiner> alternatives = new EnumMap<>(Action.class);
        for (String[] row : Tsv.read(Boilerplate.class, "boilerplate.tsv", "pattern", "action")) {
            Pattern.compile(row[0]); // fails here, naming the row, when a row is not a valid expression
            alternatives.computeIfAbsent(Action.valueOf(row[1].toUpperCase(Locale.ROOT)), a -> new StringJoiner("|"))
                    .add("(?:" + row[0] + ")");
        }
        Map<Action, Pattern> patterns = new EnumMap<>(Action.class);
        alternatives.forEach((action, joined) -> patterns.put(action,
                Pattern.compile(joined.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        return new Boilerplate(patterns);
    }

    /** What to do with the line when a pattern matches it whole, or null when it is not boilerplate. */
    Action match(String line) {
        for (Map.Entry<Action, Pattern> e : patterns.entrySet()) {
            if (e.getValue().matcher(line).matches()) {
                return e.getKey();
            }
        }
        return null;
    }
}
