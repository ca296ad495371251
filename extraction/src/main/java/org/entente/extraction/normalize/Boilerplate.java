package org.entente.extraction.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    private record Rule(Pattern pattern, Action action) {
    }

    private final List<Rule> rules;

    private Boilerplate(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static Boilerplate load() {
        List<Rule> rules = new ArrayList<>();
        for (String[] row : Tsv.read(Boilerplate.class, "boilerplate.tsv", "pattern", "action")) {
            rules.add(new Rule(Pattern.compile(row[0], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    Action.valueOf(row[1].toUpperCase(Locale.ROOT))));
        }
        return new Boilerplate(rules);
    }

    /** The action of the first pattern matching the whole line, or null when the line is not boilerplate. */
    Action match(String line) {
        for (Rule rule : rules) {
            if (rule.pattern().matcher(line).matches()) {
                return rule.action();
            }
        }
        return null;
    }
}
