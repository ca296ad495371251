package org.entente.analytics.service.period;

/** A query would answer with more periods than one answer may hold. */
public class RangeTooLongException extends RuntimeException {

    public RangeTooLongException(long periods, String unit, int limit) {
        super("the range holds " + periods + " " + unit + "; at most " + limit
                + " are allowed, ask for a narrower one");
    }
}
