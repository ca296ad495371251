package org.entente.extraction.actor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actors of one document, resolved once with a memory of the whole document:
 * <ul>
 *   <li>counts of the states named (by name, demonym, capital, institution, office or leader) and the
 *       document's main pair, the two states named most (ties: the one named first);</li>
 *   <li>phrases that refer back: "the two countries", "both nations", "the two sides", "bilateral" are the
 *       main pair (two mentions over the same span, one per state, reason {@code coreference}); "the country"
 *       is the state named last before it;</li>
 *   <li>leaders' short names: "Bhutto" is the Bhutto last named in full before it ("Zulfikar Ali Bhutto"); with
 *       none named, the one candidate whose state is in the main pair; otherwise it is left out.</li>
 * </ul>
 * Immutable once built; build one per document with {@link ActorResolver#document(String)}.
 */
public final class DocumentActors {

    /**
     * Two states, in alphabetical order.
     *
     * @param first  the alphabetically first code
     * @param second the other code
     */
    public record StatePair(String first, String second) {

        static StatePair of(String a, String b) {
            return a.compareTo(b) <= 0 ? new StatePair(a, b) : new StatePair(b, a);
        }

        /** The dyad key, e.g. {@code IRQ-PAK}. */
        public String dyad() {
            return first + "-" + second;
        }

        public boolean contains(String code) {
            return first.equals(code) || second.equals(code);
        }
    }

    private static final String COREFERENCE = "coreference";

    private final List<ActorMention> mentions;
    private final Map<String, Integer> counts;
    private final StatePair mainPair;

    private DocumentActors(List<ActorMention> mentions, Map<String, Integer> counts, StatePair mainPair) {
        this.mentions = mentions;
        this.counts = counts;
        this.mainPair = mainPair;
    }

    static DocumentActors of(ActorResolver resolver, String text) {
        List<Finding> findings = resolver.scan(text, 0, text.length());
        List<ActorMention> resolved = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding instanceof Finding.Mention found) {
                resolved.add(found.mention());
            }
        }
        StatePair firstPair = pairOf(count(resolved));
        resolved = withLeaderAliases(findings, firstPair, resolver.leaders());
        Map<String, Integer> counts = count(resolved);
        StatePair pair = pairOf(counts);
        List<ActorMention> all = withReferences(findings, resolved, pair);
        return new DocumentActors(List.copyOf(all), Collections.unmodifiableMap(counts), pair);
    }

    /** Every mention of the document in order, including resolved short names and references. */
    public List<ActorMention> mentions() {
        return mentions;
    }

    /** The mentions that lie inside {@code [start, end)}. */
    public List<ActorMention> mentions(int start, int end) {
        List<ActorMention> inside = new ArrayList<>();
        for (ActorMention mention : mentions) {
            if (mention.start() >= start && mention.end() <= end) {
                inside.add(mention);
            }
        }
        return inside;
    }

    /** How often each state is named, in order of first mention (references not counted). */
    public Map<String, Integer> stateCounts() {
        return counts;
    }

    /** The two states the document names most, if it names two. */
    public Optional<StatePair> mainPair() {
        return Optional.ofNullable(mainPair);
    }

    /** The last state named before the offset (references not counted): what "the country" or "its" means. */
    public Optional<ActorMention> lastStateBefore(int offset) {
        ActorMention last = null;
        for (ActorMention mention : mentions) {
            if (mention.start() >= offset) {
                break;
            }
            if (mention.isState() && !COREFERENCE.equals(mention.reason())) {
                last = mention;
            }
        }
        return Optional.ofNullable(last);
    }

    private static Map<String, Integer> count(List<ActorMention> mentions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ActorMention mention : mentions) {
            if (mention.isState() && !COREFERENCE.equals(mention.reason())) {
                counts.merge(mention.code(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static StatePair pairOf(Map<String, Integer> counts) {
        if (counts.size() < 2) {
            return null;
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed()); // stable: first named wins ties
        return StatePair.of(ranked.get(0).getKey(), ranked.get(1).getKey());
    }

    private static List<ActorMention> withLeaderAliases(List<Finding> findings, StatePair pair, Leaders leaders) {
        List<ActorMention> resolved = new ArrayList<>();
        List<String> namedInFull = new ArrayList<>();
        Set<String> ids = leaders.ids();
        for (Finding finding : findings) {
            if (finding instanceof Finding.Mention found) {
                resolved.add(found.mention());
                if (ids.contains(found.mention().entity())) {
                    namedInFull.remove(found.mention().entity());
                    namedInFull.add(found.mention().entity());
                }
            } else if (finding instanceof Finding.Alias alias) {
                String id = pick(alias.candidates(), namedInFull, pair, leaders);
                if (id != null) {
                    resolved.add(new ActorMention(alias.start(), alias.end(), alias.text(), leaders.code(id),
                            "leader", Kind.STATE, id));
                }
            }
        }
        return resolved;
    }

    /** The candidate named in full most recently; else the only one whose state is in the main pair. */
    private static String pick(List<String> candidates, List<String> namedInFull, StatePair pair, Leaders leaders) {
        for (int i = namedInFull.size() - 1; i >= 0; i--) {
            if (candidates.contains(namedInFull.get(i))) {
                return namedInFull.get(i);
            }
        }
        if (pair == null) {
            return null;
        }
        List<String> inPair = candidates.stream().filter(id -> pair.contains(leaders.code(id))).toList();
        return inPair.size() == 1 ? inPair.get(0) : null;
    }

    private static List<ActorMention> withReferences(List<Finding> findings, List<ActorMention> resolved,
                                                     StatePair pair) {
        List<ActorMention> all = new ArrayList<>(resolved);
        for (Finding finding : findings) {
            if (finding instanceof Finding.Reference reference) {
                if (reference.pair() && pair != null) {
                    all.add(reference(reference, pair.first()));
                    all.add(reference(reference, pair.second()));
                } else if (!reference.pair()) {
                    lastState(resolved, reference.start()).ifPresent(code -> all.add(reference(reference, code)));
                }
            }
        }
        all.sort(Comparator.comparingInt(ActorMention::start));
        return all;
    }

    private static Optional<String> lastState(List<ActorMention> resolved, int offset) {
        String code = null;
        for (ActorMention mention : resolved) {
            if (mention.start() < offset && mention.isState()) {
                code = mention.code();
            }
        }
        return Optional.ofNullable(code);
    }

    private static ActorMention reference(Finding.Reference reference, String code) {
        return new ActorMention(reference.start(), reference.end(), reference.text(), code, COREFERENCE,
                Kind.STATE, code);
    }
}
