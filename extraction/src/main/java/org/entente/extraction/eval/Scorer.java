package org.entente.extraction.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Scores predicted facts against gold facts by the rules of {@code GOLD-FORMAT.md}, with the same matching as
 * the reference {@code score.py}: a greedy one-to-one match of each gold fact, in file order, to the first unused
 * prediction with the same key (trade also needs the value within 1 %).
 *
 * <ul>
 *   <li>event key: doc, unordered {source, target}, CAMEO root (first two characters), year of the date;</li>
 *   <li>agreement key: doc, set of parties, year of the date;</li>
 *   <li>trade key: doc, exporter, importer, flow, year, basis, whether a product is named.</li>
 * </ul>
 */
public final class Scorer {

    static final List<String> KINDS = List.of("event", "agreement", "trade");

    private Scorer() {
    }

    /**
     * Scores {@code pred} against {@code gold}.
     *
     * @param gold gold facts
     * @param pred predicted facts; those for docs outside {@code docs} or of another kind are ignored
     * @param docs the docs to score, or null for every doc the gold covers
     */
    public static Score score(List<JsonNode> gold, List<JsonNode> pred, Set<String> docs) {
        Set<String> scored = docs != null ? docs : docsOf(gold);
        List<JsonNode> g = gold.stream().filter(f -> scored.contains(text(f, "doc"))).toList();
        List<JsonNode> p = pred.stream()
                .filter(f -> scored.contains(text(f, "doc")) && KINDS.contains(text(f, "kind")))
                .toList();

        Map<String, KindScore> kinds = new LinkedHashMap<>();
        for (String kind : KINDS) {
            List<JsonNode> gk = g.stream().filter(f -> kind.equals(text(f, "kind"))).toList();
            List<JsonNode> pk = p.stream().filter(f -> kind.equals(text(f, "kind"))).toList();
            kinds.put(kind, scoreKind(kind, gk, pk));
        }
        return new Score(kinds);
    }

    private static KindScore scoreKind(String kind, List<JsonNode> gold, List<JsonNode> pred) {
        Map<List<Object>, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < pred.size(); i++) {
            byKey.computeIfAbsent(key(pred.get(i)), k -> new ArrayList<>()).add(i);
        }
        Set<Integer> used = new HashSet<>();
        List<JsonNode[]> pairs = new ArrayList<>();
        List<JsonNode> missed = new ArrayList<>();
        for (JsonNode gf : gold) {
            Integer hit = null;
            for (int i : byKey.getOrDefault(key(gf), List.of())) {
                if (used.contains(i) || ("trade".equals(kind) && !tradeClose(gf, pred.get(i)))) {
                    continue;
                }
                hit = i;
                break;
            }
            if (hit == null) {
                missed.add(gf);
            } else {
                used.add(hit);
                pairs.add(new JsonNode[] {gf, pred.get(hit)});
            }
        }
        List<JsonNode> spurious = new ArrayList<>();
        for (int i = 0; i < pred.size(); i++) {
            if (!used.contains(i)) {
                spurious.add(pred.get(i));
            }
        }
        Map<String, Double> accuracies = new LinkedHashMap<>();
        if (!pairs.isEmpty()) {
            if ("event".equals(kind)) {
                accuracies.put("direction_acc", accuracy(pairs, "source", false));
                accuracies.put("code_acc", accuracy(pairs, "cameo", true));
            } else if ("agreement".equals(kind)) {
                for (String field : List.of("type", "domain", "status")) {
                    accuracies.put(field + "_acc", accuracy(pairs, field, false));
                }
            }
        }
        return new KindScore(kind, gold.size(), pred.size(), pairs.size(), accuracies, missed, spurious);
    }

    /** Share of matched pairs whose field is equal; {@code asString} compares the values' text (as str() does). */
    private static double accuracy(List<JsonNode[]> pairs, String field, boolean asString) {
        long same = pairs.stream().filter(pair -> {
            JsonNode a = pair[0].get(field);
            JsonNode b = pair[1].get(field);
            if (asString) {
                return pyStr(a).equals(pyStr(b));
            }
            return Objects.equals(plain(a), plain(b));
        }).count();
        return (double) same / pairs.size();
    }

    static List<Object> key(JsonNode f) {
        String kind = text(f, "kind");
        String doc = text(f, "doc");
        return switch (kind == null ? "" : kind) {
            case "event" -> List.of(kind, doc, unordered(text(f, "source"), text(f, "target")),
                    root(f.get("cameo")), nullable(year(f.get("date"))));
            case "agreement" -> List.of(kind, doc, parties(f.get("parties")), nullable(year(f.get("date"))));
            case "trade" -> List.of(kind, doc, nullable(text(f, "exporter")), nullable(text(f, "importer")),
                    nullable(text(f, "flow")), nullable(year(f.get("year"))), nullable(text(f, "basis")),
                    truthy(f.get("product")));
            default -> List.of("none", nullable(doc));
        };
    }

    /** The year of a date given as a number or as text starting with four digits, as score.py reads it. */
    static Integer year(JsonNode d) {
        if (d == null || d.isNull()) {
            return null;
        }
        if (d.isIntegralNumber()) {
            return d.intValue();
        }
        String s = d.isTextual() ? d.textValue() : d.toString();
        if (s.length() < 4) {
            return s.chars().allMatch(Character::isDigit) && !s.isEmpty() ? Integer.parseInt(s) : null;
        }
        String head = s.substring(0, 4);
        return head.chars().allMatch(Character::isDigit) ? Integer.parseInt(head) : null;
    }

    private static String root(JsonNode code) {
        String s = code == null || code.isNull() ? "" : pyStr(code);
        return s.length() <= 2 ? s : s.substring(0, 2);
    }

    private static boolean tradeClose(JsonNode gold, JsonNode pred) {
        Double g = number(gold.get("value_usd"));
        Double p = number(pred.get("value_usd"));
        return g != null && p != null && Math.abs(g - p) <= 0.01 * Math.abs(g);
    }

    private static Double number(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(n.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Set<Object> unordered(String a, String b) {
        Set<Object> s = new HashSet<>();
        s.add(nullable(a));
        s.add(nullable(b));
        return s;
    }

    private static Set<Object> parties(JsonNode parties) {
        Set<Object> s = new HashSet<>();
        if (parties != null && parties.isArray()) {
            parties.forEach(p -> s.add(p.isNull() ? NULL : p.asText()));
        }
        return s;
    }

    /** Python truthiness of a JSON value: null, false, 0, "" and empty containers are false. */
    private static boolean truthy(JsonNode n) {
        if (n == null || n.isNull()) {
            return false;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isNumber()) {
            return n.doubleValue() != 0;
        }
        if (n.isTextual()) {
            return !n.textValue().isEmpty();
        }
        return n.size() > 0;
    }

    /** What Python's str() prints for a JSON scalar (None for null). */
    private static String pyStr(JsonNode n) {
        if (n == null || n.isNull()) {
            return "None";
        }
        return n.isTextual() ? n.textValue() : n.toString();
    }

    private static Object plain(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        return n.isTextual() ? n.textValue() : n.toString();
    }

    static String text(JsonNode f, String field) {
        JsonNode n = f.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Set<String> docsOf(List<JsonNode> gold) {
        Set<String> docs = new HashSet<>();
        gold.forEach(g -> docs.add(text(g, "doc")));
        return docs;
    }

    /** Stand-in for a JSON null inside keys (List.of refuses null). */
    private static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static Object nullable(Object o) {
        return o == null ? NULL : o;
    }
}
