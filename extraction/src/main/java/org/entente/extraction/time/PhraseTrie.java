package org.entente.extraction.time;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.entente.extraction.text.Tsv;

/** The fixed phrases of {@code relative-phrases.tsv}, matched word by word, longest first. */
final class PhraseTrie {

    /** What a phrase means. */
    record Entry(TimeMention.Kind kind, Relative relative, TimeMention.Part part) {
    }

    /** A phrase found: its meaning and the index of the token after it. */
    record Found(Entry entry, int next) {
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>();
        Entry entry;
    }

    private final Node root = new Node();

    private PhraseTrie() {
    }

    static PhraseTrie load() {
        PhraseTrie trie = new PhraseTrie();
        for (String[] row : Tsv.read(PhraseTrie.class, "relative-phrases.tsv", "phrase", "kind", "reference", "unit",
                "offset", "part")) {
            TimeMention.Kind kind = TimeMention.Kind.valueOf(row[1]);
            Relative relative = kind == TimeMention.Kind.RELATIVE
                    ? Relative.shift(Relative.Reference.valueOf(row[2]), Relative.Unit.valueOf(row[3]),
                    Integer.parseInt(row[4]))
                    : null;
            TimeMention.Part part = row[5].isEmpty() ? null : TimeMention.Part.valueOf(row[5]);
            trie.add(row[0].toLowerCase(Locale.ROOT).split(" "), new Entry(kind, relative, part));
        }
        return trie;
    }

    private void add(String[] words, Entry entry) {
        Node node = root;
        for (String word : words) {
            node = node.children.computeIfAbsent(word, w -> new Node());
        }
        if (node.entry != null) {
            throw new IllegalStateException("relative-phrases.tsv: " + String.join(" ", words) + " listed twice");
        }
        node.entry = entry;
    }

    /** The longest phrase starting at token {@code i}, or null. */
    Found longest(Tokens tokens, int i) {
        Node node = root;
        Found found = null;
        for (int j = i; j < tokens.size(); j++) {
            node = node.children.get(tokens.lower(j));
            if (node == null) {
                break;
            }
            if (node.entry != null) {
                found = new Found(node.entry, j + 1);
            }
        }
        return found;
    }

    /** The second words of the phrases that start with {@code first}. */
    Set<String> secondWords(String first) {
        Node node = root.children.get(first);
        return node == null ? Set.of() : Set.copyOf(node.children.keySet());
    }

    /** The first words of all phrases. */
    Set<String> firstWords() {
        return Set.copyOf(root.children.keySet());
    }
}
