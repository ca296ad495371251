package org.entente.extraction.actor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.entente.extraction.text.Abbreviations;

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
 *   <li>people the document introduces with their office ("Kosovo Prime Minister Albin Kurti", "the Chilean
 *       foreign minister, Ana Soto,"): their surname or full name later on ("Kurti said ...") names the same
 *       office holder's state, until another holder of that surname is introduced.</li>
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

    /** The entity prefix of an office holder named by the document, not by the leaders' dictionary. */
    static final String PERSON = "person:";

    private static final String OFFICE = "office";

    /** At most this many words in a person's name before an office in apposition. */
    private static final int MAX_NAME_WORDS = 4;
    /** How far before an office in apposition its holder's name is looked for, in characters. */
    private static final int NAME_WINDOW = 80;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Words that open sentences ("On Monday, the foreign minister ..."), which are no part of a person's name. */
    private static final Abbreviations STARTERS = Abbreviations.standard();


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
        resolved = withNamedOfficeHolders(text, withLeaderAliases(findings, firstPair, resolver.leaders()));
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

    /** An office holder the document introduced by name, from the end of that introduction on. */
    private record Holder(String surname, String firstNames, ActorMention introduction) {
    }

    private static List<ActorMention> withNamedOfficeHolders(String text, List<ActorMention> resolved) {
        List<Holder> holders = new ArrayList<>();
        for (ActorMention m : resolved) {
            if (!OFFICE.equals(m.reason()) || m.code() == null) {
                continue;
            }
            String name = m.entity().startsWith(PERSON) ? m.entity().substring(PERSON.length())
                    : nameBeforeApposition(text, m.start());
            if (name != null) {
                int space = name.lastIndexOf(' ');
                holders.add(new Holder(name.substring(space + 1), space < 0 ? "" : name.substring(0, space), m));
            }
        }
        if (holders.isEmpty()) {
            return resolved;
        }
        List<ActorMention> all = new ArrayList<>(resolved);
        for (int h = 0; h < holders.size(); h++) {
            Holder holder = holders.get(h);
            int until = text.length();
            for (int later = h + 1; later < holders.size(); later++) {
                if (holders.get(later).surname().equals(holder.surname())) {
                    until = holders.get(later).introduction().start();
                    break;
                }
            }
            all.addAll(laterMentions(text, holder, until, resolved));
        }
        all.sort(Comparator.comparingInt(ActorMention::start));
        return all;
    }

    /**
     * "Ramtane Lamamra, Algeria's foreign minister,": the two to four capitalised name words that an office phrase
     * at {@code officeStart} follows after a comma, or null.
     */
    private static String nameBeforeApposition(String text, int officeStart) {
        int comma = officeStart - 1;
        while (comma >= 0 && text.charAt(comma) == ' ') {
            comma--;
        }
        if (comma < 0 || text.charAt(comma) != ',') {
            return null;
        }
        String[] words = SPACES.split(text.substring(Math.max(0, comma - NAME_WINDOW), comma).stripLeading());
        int k = words.length - 1;
        while (k >= 0 && words.length - 1 - k < MAX_NAME_WORDS && isNameWord(words[k])) {
            k--;
        }
        int count = words.length - 1 - k;
        boolean bounded = k < 0 || !Character.isUpperCase(words[k].charAt(0)) || endsSentence(words[k]);
        return count >= 2 && bounded ? String.join(" ", Arrays.copyOfRange(words, k + 1, words.length)) : null;
    }

    private static boolean isNameWord(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || STARTERS.isSentenceStarter(word)) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentence(String word) {
        char last = word.charAt(word.length() - 1);
        return last == '.' || last == ':' || last == ';' || last == '"' || last == '”';
    }

    /** The holder's surname (with the first names when they precede it) after the introduction, outside mentions. */
    private static List<ActorMention> laterMentions(String text, Holder holder, int until, List<ActorMention> taken) {
        List<ActorMention> found = new ArrayList<>();
        String surname = holder.surname();
        ActorMention intro = holder.introduction();
        for (int at = text.indexOf(surname, intro.end()); at >= 0 && at < until;
             at = text.indexOf(surname, at + surname.length())) {
            int end = at + surname.length();
            boolean word = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
            if (!word || isTaken(taken, at)) {
                continue;
            }
            int start = at;
            String first = holder.firstNames();
            if (!first.isEmpty() && at > first.length() && text.startsWith(first + " ", at - first.length() - 1)) {
                start = at - first.length() - 1;
            }
            found.add(new ActorMention(start, end, text.substring(start, end), intro.code(), OFFICE, intro.kind(),
                    intro.entity()));
        }
        return found;
    }

    private static boolean isTaken(List<ActorMention> mentions, int offset) {
        for (ActorMention m : mentions) {
            if (m.start() <= offset && offset < m.end()) {
                return true;
            }
        }
        return false;
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
