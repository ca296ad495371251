package org.entente.extraction.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.entente.extraction.ActorRef;
import org.entente.extraction.Event;
import org.entente.extraction.Evidence;
import org.entente.extraction.FuzzyDate;

/**
 * Makes one {@link Event} of the statements of one happening: statements with the same two states (in either
 * direction), the same code and the same date (or both undated) are one event, with the first statement's
 * direction, every statement as evidence (first first), the highest confidence raised a little by each repetition,
 * and the phrases that named the states.
 */
final class EventMerger {

    private static final double REPETITION_BONUS = 0.05;

    private record Key(String first, String second, String code, FuzzyDate date) {

        static Key of(Candidate c) {
            boolean ordered = c.source().compareTo(c.target()) <= 0;
            return new Key(ordered ? c.source() : c.target(), ordered ? c.target() : c.source(), c.cameo().code(),
                    c.date());
        }
    }

    List<Event> merge(List<Candidate> candidates) {
        Map<Key, List<Candidate>> groups = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            groups.computeIfAbsent(Key.of(candidate), k -> new ArrayList<>()).add(candidate);
        }
        List<Event> events = new ArrayList<>(groups.size());
        for (List<Candidate> group : groups.values()) {
            events.add(event(group));
        }
        return events;
    }

    private static Event event(List<Candidate> group) {
        Candidate first = group.get(0);
        List<Evidence> evidence = new ArrayList<>();
        List<ActorRef> actors = new ArrayList<>();
        double confidence = 0;
        for (Candidate c : group) {
            if (evidence.stream().noneMatch(e -> e.sentenceIndex() == c.evidence().sentenceIndex()
                    && Objects.equals(e.quote(), c.evidence().quote()))) {
                evidence.add(c.evidence());
            }
            for (ActorRef ref : c.actors()) {
                if (!actors.contains(ref)) {
                    actors.add(ref);
                }
            }
            confidence = Math.max(confidence, c.confidence());
        }
        confidence = Math.min(1.0, confidence + REPETITION_BONUS * (evidence.size() - 1));
        Cameo cameo = first.cameo();
        return new Event(first.source(), first.target(), cameo.code(), cameo.quad(), cameo.goldstein(), first.date(),
                evidence, Math.round(confidence * 100) / 100.0, actors);
    }
}
