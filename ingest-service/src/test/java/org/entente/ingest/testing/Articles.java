package org.entente.ingest.testing;

import java.util.UUID;

/** Article texts for tests: each call gives a text no other test sends, so its id is new. */
public final class Articles {

    private Articles() {
    }

    /** A short, unique article about Pakistan and Iraq. */
    public static String unique() {
        return "Pakistan and Iraq held talks in Baghdad on trade and security. Reference " + UUID.randomUUID() + ".\n";
    }
}
