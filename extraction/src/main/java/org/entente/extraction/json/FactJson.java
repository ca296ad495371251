package org.entente.extraction.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.entente.extraction.ActorRef;
import org.entente.extraction.Agreement;
import org.entente.extraction.Event;
import org.entente.extraction.Evidence;
import org.entente.extraction.Extraction;
import org.entente.extraction.FuzzyDate;
import org.entente.extraction.TradeFigure;

/**
 * The one JSON shape of extracted facts, used by {@code ./entente extract} and by ingest-service's
 * {@code POST /api/extract}: the field names of the gold format ({@code source}, {@code cameo}, {@code value_usd},
 * ...) plus {@code evidence} ({@code quote, sentence, start, end}), {@code confidence} and how actors were resolved.
 * Values are plain maps and lists in a stable key order, ready for any JSON writer.
 */
public final class FactJson {

    private FactJson() {
    }

    /** Events, agreements and trade of an extraction, each as a map, under their kind's key. */
    public static Map<String, Object> facts(Extraction extraction) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("events", extraction.events().stream().map(FactJson::event).toList());
        out.put("agreements", extraction.agreements().stream().map(FactJson::agreement).toList());
        out.put("trade", extraction.trade().stream().map(FactJson::trade).toList());
        return out;
    }

    /** Every fact of an extraction as one flat list, each with its {@code kind}, in gold-file order. */
    public static List<Map<String, Object>> lines(Extraction extraction) {
        List<Map<String, Object>> out = new ArrayList<>(extraction.size());
        extraction.events().forEach(e -> out.add(event(e)));
        extraction.agreements().forEach(a -> out.add(agreement(a)));
        extraction.trade().forEach(t -> out.add(trade(t)));
        return out;
    }

    public static Map<String, Object> event(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "event");
        m.put("source", e.source());
        m.put("target", e.target());
        m.put("cameo", e.cameo());
        m.put("quad", e.quad());
        m.put("goldstein", e.goldstein());
        putDate(m, e.date());
        putCommon(m, e.evidence(), e.confidence(), e.actors());
        return m;
    }

    public static Map<String, Object> agreement(Agreement a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "agreement");
        m.put("parties", a.parties());
        m.put("title", a.title());
        m.put("type", a.type());
        m.put("domain", a.domain());
        m.put("status", a.status());
        putDate(m, a.date());
        putCommon(m, a.evidence(), a.confidence(), a.actors());
        return m;
    }

    public static Map<String, Object> trade(TradeFigure t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "trade");
        m.put("exporter", t.exporter());
        m.put("importer", t.importer());
        m.put("flow", t.flow());
        m.put("year", t.year());
        m.put("value_usd", t.valueUsd());
        m.put("amount", t.amount());
        m.put("currency", t.currency());
        m.put("basis", t.basis());
        m.put("product", t.product());
        putCommon(m, t.evidence(), t.confidence(), t.actors());
        return m;
    }

    public static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("quote", e.quote());
        m.put("sentence", e.sentence());
        m.put("start", e.start());
        m.put("end", e.end());
        return m;
    }

    private static void putDate(Map<String, Object> m, FuzzyDate date) {
        m.put("date", date == null ? null : date.iso());
        m.put("date_precision", date == null ? null : date.precision().wire());
    }

    private static void putCommon(Map<String, Object> m, List<Evidence> evidence, double confidence,
                                  List<ActorRef> actors) {
        m.put("evidence", evidence.isEmpty() ? null : evidence(evidence.get(0)));
        if (evidence.size() > 1) {
            m.put("more_evidence", evidence.subList(1, evidence.size()).stream().map(FactJson::evidence).toList());
        }
        m.put("confidence", confidence);
        m.put("actors", actors.stream().map(FactJson::actor).toList());
    }

    private static Map<String, Object> actor(ActorRef a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", a.text());
        m.put("code", a.code());
        m.put("reason", a.reason());
        m.put("explanation", a.toString());
        return m;
    }
}
