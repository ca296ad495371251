package org.entente.extraction.time;

/**
 * A time expression found by a rule, or words that look like one but are not valid (a day that does not exist, a
 * span of counts), which are skipped whole so that no part of them is read as something else.
 *
 * @param next    index of the token after it
 * @param mention the expression, or null for skipped words
 */
record Match(int next, TimeMention mention) {

    /** Skips tokens up to {@code next}. */
    static Match skip(int next) {
        return new Match(next, null);
    }

    /** This match widened to start at token {@code from}, with the given part. */
    Match from(Tokens tokens, int from, TimeMention.Part part) {
        TimeMention m = mention;
        if (m == null) {
            return this;
        }
        return new Match(next, new TimeMention(tokens.get(from).start(), m.end(), tokens.span(from, next), m.kind(),
                m.date(), m.from(), m.to(), part, m.cue(), m.relative(), m.anchor()));
    }
}
