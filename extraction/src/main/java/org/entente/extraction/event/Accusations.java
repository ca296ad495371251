package org.entente.extraction.event;

import java.util.ArrayList;
import java.util.List;

/**
 * The accusations an article has reported so far, for the denials that answer them: "Ankara accused Athens of
 * ...; the Greek foreign ministry denied the charge" is a denial by Greece of Turkey's accusation. One per article;
 * not thread-safe.
 */
final class Accusations {

    private record Accusation(Party accuser, String accused) {
    }

    private final List<Accusation> reported = new ArrayList<>();

    void add(Party accuser, String accused) {
        reported.add(new Accusation(accuser, accused));
    }

    /** The latest state to accuse {@code accused}, or null. */
    Party lastAccuserOf(String accused) {
        for (int i = reported.size() - 1; i >= 0; i--) {
            if (reported.get(i).accused().equals(accused)) {
                return reported.get(i).accuser();
            }
        }
        return null;
    }
}
