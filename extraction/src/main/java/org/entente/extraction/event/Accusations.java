package org.entente.extraction.event;

import java.util.ArrayList;
import java.util.List;

/**
 * The accusations an article has reported so far, for the denials that answer them: "Ankara accused Athens of
 * ...; the Greek foreign ministry denied the charge" is a denial by Greece of Turkey's accusation. One per article;
 * not thread-safe.
 */
final class Accusations {

    private record Accusation(Party accuser, String accused, int sentence) {
    }

    private final List<Accusation> reported = new ArrayList<>();

    void add(Party accuser, String accused, int sentence) {
        reported.add(new Accusation(accuser, accused, sentence));
    }

    /**
     * The states of the latest accusation of {@code accused}: "Washington and Riyadh blamed Tehran. Iran denied any
     * involvement" answers both accusers. Empty when none was reported.
     */
    List<Party> lastAccusersOf(String accused) {
        for (int i = reported.size() - 1; i >= 0; i--) {
            Accusation latest = reported.get(i);
            if (latest.accused().equals(accused)) {
                List<Party> accusers = new ArrayList<>();
                for (Accusation a : reported) {
                    if (a.sentence() == latest.sentence() && a.accused().equals(accused)
                            && accusers.stream().noneMatch(p -> p.code().equals(a.accuser().code()))) {
                        accusers.add(a.accuser());
                    }
                }
                return accusers;
            }
        }
        return List.of();
    }
}
