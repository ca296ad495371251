package org.entente.extraction.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.extraction.FuzzyDate;

/**
 * Leaders and their terms of office, from {@code leaders.tsv}. Immutable and thread-safe.
 *
 * <p>A name may be a full name ("Zulfikar Ali Bhutto", always that person) or a short name ("Bhutto", any of
 * several people); {@link #resolve(String, FuzzyDate)} picks among them by the date.
 */
public final class Leaders {

    private final Map<String, List<LeaderTerm>> terms;
    private final Map<String, Set<String>> fullNames;
    private final Map<String, Set<String>> shortNames;
    private final Map<String, Set<String>> idsByName;

    private Leaders(Map<String, List<LeaderTerm>> terms, Map<String, Set<String>> fullNames,
                    Map<String, Set<String>> shortNames) {
        this.terms = terms;
        this.fullNames = fullNames;
        this.shortNames = shortNames;
        this.idsByName = new LinkedHashMap<>();
        fullNames.forEach((id, names) -> names.forEach(n -> idsByName.computeIfAbsent(key(n),
                k -> new LinkedHashSet<>()).add(id)));
        shortNames.forEach((id, names) -> names.forEach(n -> idsByName.computeIfAbsent(key(n),
                k -> new LinkedHashSet<>()).add(id)));
    }

    /** Reads {@code leaders.tsv}. */
    static Leaders load() {
        Map<String, List<LeaderTerm>> terms = new LinkedHashMap<>();
        Map<String, Set<String>> fullNames = new LinkedHashMap<>();
        Map<String, Set<String>> shortNames = new LinkedHashMap<>();
        TsvTable table = TsvTable.read("leaders.tsv", "id", "code", "role", "from", "to", "names", "short");
        for (TsvTable.Row row : table.rows()) {
            String id = row.required("id");
            String to = row.get("to");
            LeaderTerm term = new LeaderTerm(id, row.required("code"), row.required("role"),
                    LeaderTerm.parseDate(row.required("from")), to.isEmpty() ? null : LeaderTerm.parseDate(to));
            terms.computeIfAbsent(id, k -> new ArrayList<>()).add(term);
            fullNames.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(row.list("names"));
            shortNames.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(row.list("short"));
        }
        fullNames.forEach((id, names) -> {
            if (names.isEmpty()) {
                throw new IllegalStateException("leaders.tsv: " + id + " has no full name");
            }
        });
        terms.values().forEach(list -> list.sort(Comparator.comparing(t -> LeaderTerm.firstDay(t.from()))));
        return new Leaders(terms, fullNames, shortNames);
    }

    /** Every leader's id, in file order. */
    public Set<String> ids() {
        return terms.keySet();
    }

    /** The terms of a leader, earliest first; empty for an unknown id. */
    public List<LeaderTerm> terms(String id) {
        return List.copyOf(terms.getOrDefault(id, List.of()));
    }

    /** The state of the leader's latest term: the code a mention of the name carries. */
    public String code(String id) {
        List<LeaderTerm> list = terms.get(id);
        if (list == null) {
            throw new IllegalArgumentException("unknown leader " + id);
        }
        return list.get(list.size() - 1).code();
    }

    /** The term the leader was serving at that date, if any (the latest-starting one when terms overlap). */
    public Optional<LeaderTerm> termAt(String id, FuzzyDate date) {
        LeaderTerm found = null;
        for (LeaderTerm term : terms.getOrDefault(id, List.of())) {
            if (term.covers(date)) {
                found = term;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The term in office at that date of the one person the name can mean then: "Bhutto" in 1975 is Zulfikar
     * Ali Bhutto, in 1990 Benazir Bhutto. Empty when no one or more than one person bearing the name was in
     * office at the date.
     *
     * @param name a full or short name as written (case and accents do not matter)
     * @param date the date of the statement
     */
    public Optional<LeaderTerm> resolve(String name, FuzzyDate date) {
        List<LeaderTerm> found = new ArrayList<>();
        for (String id : idsByName.getOrDefault(key(name), Set.of())) {
            termAt(id, date).ifPresent(found::add);
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    Set<String> fullNames(String id) {
        return fullNames.getOrDefault(id, Set.of());
    }

    Set<String> shortNames(String id) {
        return shortNames.getOrDefault(id, Set.of());
    }

    private static String key(String name) {
        StringBuilder key = new StringBuilder();
        for (Token token : Tokenizer.tokens(name, 0, name.length())) {
            if (token.isWord()) {
                if (!key.isEmpty()) {
                    key.append(' ');
                }
                key.append(token.key());
            }
        }
        return key.toString();
    }
}
