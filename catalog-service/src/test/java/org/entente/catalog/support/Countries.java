package org.entente.catalog.support;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Country codes no other test uses, so that tests sharing one database can filter their own facts: three
 * letters A-Z starting with {@code Q}, {@code X} or {@code Z} (no ISO country starts with Q or X), numbered from a
 * random start so that runs against a persistent database rarely meet earlier data.
 */
public final class Countries {

    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(26 * 26 * 3));

    private Countries() {
    }

    /** A code not handed out before in this JVM. */
    public static String fresh() {
        int n = NEXT.getAndIncrement() % (26 * 26 * 3);
        char first = "QXZ".charAt(n / (26 * 26));
        return "" + first + (char) ('A' + (n / 26) % 26) + (char) ('A' + n % 26);
    }
}
