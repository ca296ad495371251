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
 * Makes one {@link Event} of the statements of one happening. Statements are one happening when they have the
 * same two states (in either direction), compatible codes and compatible dates:
 * <ol>
 *   <li>the same code and the same date, or both undated in one sentence (undated statements in different
 *       sentences cannot be told to be one happening: an analysis tells of many undated meetings) (for one direction
 *       of a mutual act, also the same direction: each side's act is a fact); members of one list in a sentence
 *       ("A's meeting with B, the meeting
 *       of their chiefs of staff") are different happenings;</li>
 *   <li>in one sentence, codes of one root where one is the root's unspecified code ("the Iraqi invasion of
 *       Kuwait, the occupation of Kuwait": 190 and 192) and the same date; except for consultations (04): a visit
 *       and the meeting held during it are two facts; the two directions of a mutual act ("the two armies
 *       fought": 190 each way) are not folded into each other, and a statement folds into one of its own direction
 *       when there is one;</li>
 *   <li>in one sentence, a statement dated by a coarser date (a year) that contains the date of the one other
 *       statement with the same direction and code ("visited Jakarta on Thursday, her third trip to Indonesia this
 *       year");</li>
 *   <li>an undated statement and the one dated statement with the same direction and code ("As Iraq's war with
 *       Kuwait divided Pakistanis" after "In 1990, Iraq invaded Kuwait"); with several dated ones it is left
 *       alone, since it cannot be told which it restates, and so is a member of a list of happenings.</li>
 * </ol>
 * The event keeps the first statement's direction and code (the specific one of 2), every statement as evidence
 * (first first), the highest confidence raised a little by each repetition, and the phrases that named the states.
 */
final class EventMerger {

    private static final double REPETITION_BONUS = 0.05;

    /** Statements of one happening, growing as they are merged. */
    private static final class Group {
        private final List<Candidate> statements = new ArrayList<>();
        private final String pair;
        private Candidate head;

        Group(Candidate first) {
            head = first;
            pair = pair(first);
            statements.add(first);
        }

        void absorb(Group other) {
            statements.addAll(other.statements);
            if (isRootDefault(head.cameo().code()) && !isRootDefault(other.head.cameo().code())) {
                head = new Candidate(head.source(), head.target(), other.head.cameo(), head.date(), head.evidence(),
                        head.confidence(), head.actors(), head.mutual(), head.listItem(), head.directed());
            }

        }
    }

    List<Event> merge(List<Candidate> candidates) {
        Map<String, Group> exact = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            String sides = c.mutual() || c.directed() ? c.source() + ">" + c.target() : pair(c);
            String member = c.listItem() < 0 ? "" : "|" + c.evidence().sentenceIndex() + ":" + c.listItem();
            String undated = c.date() == null ? "|s" + c.evidence().sentenceIndex() : "";
            String key = sides + "|" + c.cameo().code() + "|" + c.date() + member + undated;
            Group group = exact.get(key);
            if (group == null) {
                exact.put(key, new Group(c));
            } else {
                group.statements.add(c);
            }
        }
        List<Group> groups = new ArrayList<>(exact.values());
        foldUnspecifiedCodes(groups);
        foldCoarserDates(groups);
        foldUndated(groups);
        List<Event> events = new ArrayList<>(groups.size());
        for (Group group : groups) {
            events.add(event(group));
        }
        return events;
    }

    private static void foldUnspecifiedCodes(List<Group> groups) {
        for (int i = 0; i < groups.size(); i++) {
            Group general = groups.get(i);
            if (!isRootDefault(general.head.cameo().code()) || general.head.cameo().root().equals("04")) {
                continue;
            }
            Group into = null;
            for (Group specific : groups) {
                if (specific != general && specific.pair.equals(general.pair)
                        && specific.head.cameo().root().equals(general.head.cameo().root())
                        && !isOtherDirectionOfMutualAct(specific.head, general.head)
                        && Objects.equals(specific.head.date(), general.head.date())
                        && specific.head.evidence().sentenceIndex() == general.head.evidence().sentenceIndex()
                        && (into == null || !sameDirection(into.head, general.head)
                        && sameDirection(specific.head, general.head))) {
                    into = specific;
                }
            }
            if (into != null) {
                into.absorb(general);
                int at = groups.indexOf(into);
                if (at > i) { // the event keeps the place of its first statement
                    groups.remove(at);
                    groups.set(i, into);
                } else {
                    groups.remove(i--);
                }
            }
        }
    }

    /**
     * "Wong visited Jakarta on Thursday, her third trip to Indonesia this year": in one sentence, a statement dated
     * only by a coarser date that contains the date of the one other statement of the same direction and code (the
     * year of the day) restates it, and takes its date.
     */
    private static void foldCoarserDates(List<Group> groups) {
        for (int i = 0; i < groups.size(); i++) {
            Group coarse = groups.get(i);
            if (coarse.head.date() == null || coarse.head.listItem() >= 0) {
                continue;
            }
            Group only = null;
            int finer = 0;
            for (Group other : groups) {
                if (other != coarse && other.head.date() != null && sameDirection(other.head, coarse.head)
                        && other.head.cameo().code().equals(coarse.head.cameo().code())
                        && other.head.evidence().sentenceIndex() == coarse.head.evidence().sentenceIndex()
                        && contains(coarse.head.date().iso(), other.head.date().iso())) {
                    only = other;
                    finer++;
                }
            }
            if (finer == 1) {
                only.statements.addAll(coarse.statements);
                groups.remove(i--);
            }
        }
    }

    /** Whether the date {@code coarse} ("2024", "2024-06") contains the finer date {@code fine} ("2024-06-13"). */
    private static boolean contains(String coarse, String fine) {
        return fine.length() > coarse.length() && fine.startsWith(coarse) && fine.charAt(coarse.length()) == '-';
    }

    private static void foldUndated(List<Group> groups) {
        for (int i = 0; i < groups.size(); i++) {
            Group undated = groups.get(i);
            if (undated.head.date() != null || undated.head.listItem() >= 0) {
                continue;
            }
            Group only = null;
            int dated = 0;
            for (Group other : groups) {
                if (other.head.date() != null && sameDirection(other.head, undated.head)
                        && other.head.cameo().code().equals(undated.head.cameo().code())) {
                    only = other;
                    dated++;
                }
            }
            if (dated == 1) {
                only.statements.addAll(undated.statements);
                groups.remove(i--);
            }
        }
    }

    /** "the two armies fought": each side's act is a fact, not a restatement of the other's. */
    private static boolean isOtherDirectionOfMutualAct(Candidate a, Candidate b) {
        return a.mutual() && b.mutual() && !sameDirection(a, b);
    }

    private static boolean isRootDefault(String code) {
        return code.length() == 3 && code.endsWith("0");
    }

    private static boolean sameDirection(Candidate a, Candidate b) {
        return a.source().equals(b.source()) && a.target().equals(b.target());
    }

    private static String pair(Candidate c) {
        return c.source().compareTo(c.target()) <= 0 ? c.source() + "-" + c.target() : c.target() + "-" + c.source();
    }

    private static Event event(Group group) {
        Candidate head = group.head;
        List<Evidence> evidence = new ArrayList<>();
        List<ActorRef> actors = new ArrayList<>();
        double confidence = 0;
        for (Candidate c : group.statements) {
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
        evidence.sort((a, b) -> Integer.compare(a.sentenceIndex(), b.sentenceIndex()));
        confidence = Math.min(1.0, confidence + REPETITION_BONUS * (evidence.size() - 1));
        Cameo cameo = head.cameo();
        FuzzyDate date = head.date();
        return new Event(head.source(), head.target(), cameo.code(), cameo.quad(), cameo.goldstein(), date,
                evidence, Math.round(confidence * 100) / 100.0, actors);
    }
}
