package org.entente.extraction.event;

import java.util.Collection;

/**
 * A character trie of the words that can start a trigger, to tell without tokenising or allocating whether a
 * sentence may hold one: a single pass over its characters. Lower-case ASCII letters, hyphens and apostrophes;
 * immutable and thread-safe once built.
 */
final class FirstWords {

    private static final int ALPHABET = 28;

    private final int[][] next;
    private final boolean[] terminal;

    private FirstWords(int[][] next, boolean[] terminal) {
        this.next = next;
        this.terminal = terminal;
    }

    static FirstWords of(Collection<String> words) {
        int capacity = 1 + words.stream().mapToInt(String::length).sum();
        int[][] next = new int[capacity][];
        boolean[] terminal = new boolean[capacity];
        next[0] = new int[ALPHABET];
        int size = 1;
        for (String word : words) {
            int node = 0;
            boolean representable = true;
            for (int i = 0; i < word.length() && representable; i++) {
                int c = index(word.charAt(i));
                if (c < 0) {
                    representable = false;
                } else {
                    if (next[node][c] == 0) {
                        next[size] = new int[ALPHABET];
                        next[node][c] = size++;
                    }
                    node = next[node][c];
                }
            }
            if (representable) {
                terminal[node] = true;
            } else {
                terminal[0] = true;
            }
        }
        return new FirstWords(next, terminal);
    }

    /**
     * Whether a word of the set occurs in {@code text[start, end)} as a whole word (case ignored). A set with a
     * word it cannot represent answers true for every text.
     */
    boolean occursIn(CharSequence text, int start, int end) {
        if (terminal[0]) {
            return true;
        }
        int i = start;
        while (i < end) {
            while (i < end && !isLetter(text.charAt(i))) {
                i++;
            }
            int node = 0;
            while (i < end && node >= 0 && isWordChar(text.charAt(i))) {
                char ch = text.charAt(i);
                int c = index(ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch);
                node = c < 0 || next[node] == null ? -1 : next[node][c] == 0 ? -1 : next[node][c];
                i++;
            }
            if (node > 0 && terminal[node] && (i >= end || !isWordChar(text.charAt(i)))) {
                return true;
            }
            while (i < end && isWordChar(text.charAt(i))) {
                i++;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '\'' || c == '’'
                || c > 0x7f && Character.isLetter(c);
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c > 0x7f && Character.isLetter(c);
    }

    private static int index(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c == '-') {
            return 26;
        }
        return c == '\'' || c == '’' ? 27 : -1;
    }
}
