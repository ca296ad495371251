package org.entente.extraction.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Helpers for the time tests. */
final class TimeAssertions {

    private static final TimeFinder FINDER = new TimeFinder();

    private TimeAssertions() {
    }

    static List<TimeMention> find(String text) {
        List<TimeMention> mentions = FINDER.find(text, 0, text.length());
        assertThat(mentions).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
        return mentions;
    }

    /** The only mention of the text. */
    static TimeMention only(String text) {
        List<TimeMention> mentions = find(text);
        assertThat(mentions).as("mentions of: %s", text).hasSize(1);
        return mentions.get(0);
    }

    /** The dates of all mentions, as ISO strings ("null" for none). */
    static List<String> dates(String text) {
        return find(text).stream().map(m -> String.valueOf(m.date())).toList();
    }
}
