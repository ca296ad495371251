package org.entente.extraction.actor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every dictionary phrase in one word trie, built once from the TSV resources of this package. Looks up the
 * longest phrase starting at a token; thread-safe once built (nothing changes after loading).
 */
final class Gazetteer {

    /**
     * A dictionary phrase found in the text: tokens {@code [first, end)}, the entries that accept it, and the
     * set of their categories as bits by ordinal.
     */
    record Match(int first, int end, List<Entry> entries, int categories) {

        boolean has(Category category) {
            return (categories & 1 << category.ordinal()) != 0;
        }

        /** The entry that names an actor, by category priority, or null. */
        Entry actor() {
            for (Entry entry : entries) {
                if (entry.category().namesActor() || entry.category() == Category.NONACTOR) {
                    return entry;
                }
            }
            return null;
        }

        Entry first(Category category) {
            for (Entry entry : entries) {
                if (entry.category() == category) {
                    return entry;
                }
            }
            return null;
        }
    }

    private static final class Node {
        private final Map<String, Node> next = new HashMap<>(4);
        private final List<Entry> entries = new ArrayList<>(1);
    }

    /** Bits of {@link #FIRST_WORD_BITS} for the hashes of the phrases' first words: most words start none. */
    private static final int FIRST_WORD_BITS = 1 << 16;

    private final Node root = new Node();
    private final BitSet firstWordHashes = new BitSet(FIRST_WORD_BITS);
    private int phrases;

    private Gazetteer() {
    }

    /** Builds the trie from the built-in dictionaries and the leaders' names. */
    static Gazetteer load(Leaders leaders) {
        Gazetteer gazetteer = new Gazetteer();
        DictionaryLoader.load(gazetteer, leaders);
        gazetteer.sortEntries(gazetteer.root);
        return gazetteer;
    }

    /** Number of phrases in the trie. */
    int size() {
        return phrases;
    }

    /** Adds a phrase; a second phrase of the same category, entity and case rules is ignored. */
    void add(String phrase, Category category, String code, String entity, String reason, Entry.Flags flags,
             List<String> candidates) {
        List<String> words = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Token token : Tokenizer.tokens(phrase, 0, phrase.length())) {
            if (!token.isHyphen()) {
                words.add(phrase.substring(token.start(), token.end()));
                keys.add(token.key());
            }
        }
        if (keys.isEmpty() || !Character.isLetterOrDigit(words.get(0).charAt(0))) {
            throw new IllegalArgumentException("phrase must start with a word: " + phrase);
        }
        insert(keys, new Entry(category, code, entity, reason, List.copyOf(words),
                words.stream().map(CaseRule::of).toList(), flags, List.copyOf(candidates)));
        if (keys.size() > 1 && ".".equals(keys.get(keys.size() - 1))) {
            // "U.S." ends a sentence as "U.S." with one period: the form without the last period counts too
            List<String> shorter = words.subList(0, words.size() - 1);
            insert(keys.subList(0, keys.size() - 1), new Entry(category, code, entity, reason, List.copyOf(shorter),
                    shorter.stream().map(CaseRule::of).toList(), flags, List.copyOf(candidates)));
        }
    }

    private void insert(List<String> keys, Entry entry) {
        firstWordHashes.set(keys.get(0).hashCode() & (FIRST_WORD_BITS - 1));
        Node node = root;
        for (String key : keys) {
            node = node.next.computeIfAbsent(key, k -> new Node());
        }
        for (Entry existing : node.entries) {
            if (existing.category() == entry.category() && existing.entity().equals(entry.entity())
                    && existing.cases().equals(entry.cases())) {
                return;
            }
        }
        node.entries.add(entry);
        phrases++;
    }

    private void sortEntries(Node node) {
        node.entries.sort(Comparator.comparing(Entry::category));
        node.next.values().forEach(this::sortEntries);
    }

    /**
     * The longest dictionary phrase that starts at token {@code i} and whose case and context rules the text
     * satisfies, or null. Hyphens inside the text are passed over ("Zia-ul-Haq" is "Zia ul Haq").
     */
    Match longestAt(List<Token> tokens, int i, Surroundings around) {
        Token firstToken = tokens.get(i);
        if (!firstToken.isWord()) {
            return null;
        }
        String firstKey = firstToken.key();
        Node node = firstWordHashes.get(firstKey.hashCode() & (FIRST_WORD_BITS - 1)) ? root.next.get(firstKey) : null;
        if (node == null) {
            return null;
        }
        Match best = null;
        int[] matched = new int[8];
        matched[0] = i;
        int count = 1;
        int j = i + 1;
        if (!node.entries.isEmpty()) {
            List<Entry> accepted = accepted(node.entries, tokens, matched, count, j, around);
            if (!accepted.isEmpty()) {
                best = new Match(i, j, accepted, categories(accepted));
            }
        }
        while (j < tokens.size()) {
            Token token = tokens.get(j);
            if (token.isHyphen() && j > i) {
                j++;
                continue;
            }
            Node child = node.next.get(token.key());
            if (child == null) {
                break;
            }
            node = child;
            if (count == matched.length) {
                matched = Arrays.copyOf(matched, count * 2);
            }
            matched[count++] = j;
            j++;
            if (!node.entries.isEmpty()) {
                List<Entry> accepted = accepted(node.entries, tokens, matched, count, j, around);
                if (!accepted.isEmpty()) {
                    best = new Match(i, j, accepted, categories(accepted));
                }
            }
        }
        return best;
    }

    private static int categories(List<Entry> entries) {
        int mask = 0;
        for (int k = 0; k < entries.size(); k++) {
            mask |= 1 << entries.get(k).category().ordinal();
        }
        return mask;
    }

    private static List<Entry> accepted(List<Entry> entries, List<Token> tokens, int[] matched, int count, int end,
                                        Surroundings around) {
        List<Entry> accepted = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            if (casesMatch(entry, tokens, matched, count, around) && contextAllows(entry, tokens, matched, count, end,
                    around)) {
                accepted.add(entry);
            }
        }
        return accepted;
    }

    private static boolean casesMatch(Entry entry, List<Token> tokens, int[] matched, int count,
                                      Surroundings around) {
        for (int k = 0; k < count; k++) {
            CaseRule rule = entry.cases().get(k);
            if (rule == CaseRule.ANY) {
                continue;
            }
            Token token = tokens.get(matched[k]);
            boolean shouting = token.shape() == Token.Shape.UPPER && around.shouting(token.start());
            if (!rule.accepts(around.text(), token, entry.words().get(k), shouting)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contextAllows(Entry entry, List<Token> tokens, int[] matched, int count, int end,
                                         Surroundings around) {
        Entry.Flags flags = entry.flags();
        if (flags.combining()) {
            Token last = tokens.get(matched[count - 1]);
            return end < tokens.size() && tokens.get(end).isHyphen() && tokens.get(end).start() == last.end();
        }
        if (flags.militantContext()) {
            return around.militantContext(tokens.get(matched[0]).start(), tokens.get(matched[count - 1]).end());
        }
        return true;
    }

    /** Groups leader short names by their written form: one entry lists every leader a short name may be. */
    static Map<String, List<String>> aliases(Leaders leaders) {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (String id : leaders.ids()) {
            for (String alias : leaders.shortNames(id)) {
                aliases.computeIfAbsent(alias, a -> new ArrayList<>()).add(id);
            }
        }
        return aliases;
    }
}
