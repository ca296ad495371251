package org.entente.extraction.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.extraction.text.Tsv;

/**
 * The cues of {@code refinements.tsv} that refine a trigger's code by what its phrase says ('supported Iraq with
 * arms' → 072), and the rule that combines several cues: votes within a two-digit root, the most voted code wins and
 * a tie gives the codes' common parent; different roots are different events. Immutable and thread-safe.
 */
final class Refinements {

    private record Cue(Phrase phrase, String code, boolean replaces) {
    }

    /**
     * What a trigger's cues give.
     *
     * @param codes the codes, one per two-digit root
     * @param spans the token spans {@code [start, end)} of the cues that counted
     */
    record Refined(List<String> codes, List<int[]> spans) {
    }

    /** A group's cues by their first word; cues whose first word ends in '*' are kept apart and tried by prefix. */
    private record Group(Map<String, List<Cue>> byFirstWord, List<Cue> prefixed) {

        static Group of(List<Cue> cues) {
            Map<String, List<Cue>> byFirst = new HashMap<>();
            List<Cue> prefixed = new ArrayList<>();
            for (Cue cue : cues) {
                if (cue.phrase().first().endsWith("*")) {
                    prefixed.add(cue);
                } else {
                    byFirst.computeIfAbsent(cue.phrase().first(), w -> new ArrayList<>()).add(cue);
                }
            }
            return new Group(byFirst, prefixed);
        }

        /** The longest cue at {@code lower[i]} within {@code end}, or null. */
        Cue at(String[] lower, int i, int end) {
            List<Cue> exact = byFirstWord.get(lower[i]);
            if (exact != null) {
                for (Cue cue : exact) {
                    if (i + cue.phrase().length() <= end && cue.phrase().matchesAt(lower, i)) {
                        return cue;
                    }
                }
            }
            for (Cue cue : prefixed) {
                if (i + cue.phrase().length() <= end && cue.phrase().matchesAt(lower, i)) {
                    return cue;
                }
            }
            return null;
        }
    }

    private final Map<String, Group> groups;

    private Refinements(Map<String, Group> groups) {
        this.groups = groups;
    }

    /** The built-in refinements, checked against the code table. */
    static Refinements load(CameoTable cameo) {
        Map<String, List<Cue>> groups = new HashMap<>();
        for (String[] row : Tsv.read(Refinements.class, "refinements.tsv", "group", "cue", "code", "mode")) {
            if (!cameo.contains(row[2])) {
                throw new IllegalStateException("refinements.tsv: unknown CAMEO code " + row[2] + " for " + row[1]);
            }
            if (!row[3].isEmpty() && !row[3].equals("replace")) {
                throw new IllegalStateException("refinements.tsv: unknown mode " + row[3] + " for " + row[1]);
            }
            groups.computeIfAbsent(row[0], g -> new ArrayList<>())
                    .add(new Cue(Phrase.parse(row[1]), row[2], row[3].equals("replace")));
        }
        Map<String, Group> indexed = new HashMap<>();
        groups.forEach((name, cues) -> {
            cues.sort((a, b) -> b.phrase().length() - a.phrase().length());
            indexed.put(name, Group.of(cues));
        });
        return new Refinements(indexed);
    }

    boolean hasGroup(String group) {
        return groups.containsKey(group);
    }

    /**
     * The codes the group's cues give in {@code lower[from, to)}, one per two-digit root, in order of first cue.
     * Each word counts for one cue at most (the longest that matches there). A cue of mode {@code replace} ("aid
     * ... has come to a halt") gives the only codes; a root's unspecified code ({@code 070}) gives way to the
     * root's specific ones ({@code 073}).
     */
    Refined codes(String group, String[] lower, int from, int to) {
        Group cues = groups.get(group);
        Map<String, Map<String, Integer>> votesByRoot = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> replacing = new LinkedHashMap<>();
        List<int[]> spans = new ArrayList<>();
        int i = Math.max(0, from);
        int end = Math.min(to, lower.length);
        while (i < end) {
            Cue found = cues.at(lower, i, end);
            if (found == null) {
                i++;
                continue;
            }
            (found.replaces() ? replacing : votesByRoot).computeIfAbsent(found.code().substring(0, 2),
                    r -> new LinkedHashMap<>()).merge(found.code(), 1, Integer::sum);
            spans.add(new int[] {i, i + found.phrase().length()});
            i += found.phrase().length();
        }
        Map<String, Map<String, Integer>> counted = replacing.isEmpty() ? votesByRoot : replacing;
        List<String> codes = new ArrayList<>(counted.size());
        counted.forEach((root, votes) -> {
            if (votes.size() > 1) {
                votes.remove(root + "0");
            }
            codes.add(winner(votes));
        });
        return new Refined(codes, spans);
    }

    /** The most voted code; with a tie, the longest prefix the tied codes share (at least the root). */
    private static String winner(Map<String, Integer> votes) {
        int best = votes.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<String> tied = votes.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey)
                .toList();
        if (tied.size() == 1) {
            return tied.get(0);
        }
        String prefix = tied.get(0);
        for (String code : tied) {
            int n = 0;
            while (n < prefix.length() && n < code.length() && prefix.charAt(n) == code.charAt(n)) {
                n++;
            }
            prefix = prefix.substring(0, n);
        }
        return prefix.length() == 2 ? prefix + "0" : prefix;
    }
}
