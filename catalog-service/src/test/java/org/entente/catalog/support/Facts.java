package org.entente.catalog.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.entente.contract.AgreementFact;
import org.entente.contract.ArticleIngested;
import org.entente.contract.ArticleRef;
import org.entente.contract.EventFact;
import org.entente.contract.Evidence;
import org.entente.contract.ExtractedFact;
import org.entente.contract.TradeFact;

/** Builds contract messages for tests. */
public final class Facts {

    private static final Instant EXTRACTED = Instant.parse("2025-01-01T00:00:00Z");

    private Facts() {
    }

    /** A new article id. */
    public static String article() {
        return "art-" + UUID.randomUUID();
    }

    /** An article reference with only an id. */
    public static ArticleRef ref(String articleId) {
        return new ArticleRef(articleId, "Article " + articleId, null, null, null, null);
    }

    /** An event fact stated by an article. */
    public static ExtractedFact event(String articleId, String factId, String source, String target, String cameo,
                                      String date) {
        EventFact event = new EventFact(source, target, cameo, quad(cameo), 1.0, date, precision(date));
        return new ExtractedFact(factId, "event", dyad(source, target), ref(articleId), event, null, null,
                evidence(source + " and " + target + " event " + cameo), 0.8, EXTRACTED);
    }

    /** An agreement status stated by an article. */
    public static ExtractedFact agreement(String articleId, String factId, List<String> parties, String title,
                                          String type, String domain, String status, String date) {
        AgreementFact agreement = new AgreementFact(parties.stream().sorted().toList(), title, type, domain, status,
                date, precision(date));
        return new ExtractedFact(factId, "agreement", String.join("-", parties.stream().sorted().toList()),
                ref(articleId), null, agreement, null, evidence("the " + title + " was " + status), 0.7, EXTRACTED);
    }

    /** A trade figure stated by an article. */
    public static ExtractedFact trade(String articleId, String factId, String exporter, String importer, String flow,
                                      Integer year, double valueUsd, String basis) {
        TradeFact trade = new TradeFact(exporter, importer, flow, year, valueUsd, valueUsd, "USD", basis, null);
        return new ExtractedFact(factId, "trade", dyad(exporter, importer), ref(articleId), null, null, trade,
                evidence(exporter + " exported goods worth " + valueUsd + " to " + importer), 0.9, EXTRACTED);
    }

    /** The announcement of an article. */
    public static ArticleIngested announcement(String articleId, String title, String published) {
        return new ArticleIngested(new ArticleRef(articleId, title, "https://example.org/" + articleId, "Example",
                published, "metadata"), "0".repeat(64), 1200, "text/plain", 1, 0, 0, EXTRACTED);
    }

    /** The same fact with another evidence sentence. */
    public static ExtractedFact withSentence(ExtractedFact fact, String sentence) {
        return new ExtractedFact(fact.factId(), fact.kind(), fact.dyad(), fact.article(), fact.event(),
                fact.agreement(), fact.trade(), new Evidence(sentence, sentence, 0, sentence.length(), 0),
                fact.confidence(), fact.extractedAt());
    }

    private static Evidence evidence(String sentence) {
        return new Evidence(sentence, sentence + ".", 0, sentence.length() + 1, 0);
    }

    private static String dyad(String a, String b) {
        return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
    }

    private static int quad(String cameo) {
        int root = Integer.parseInt(cameo.substring(0, 2));
        return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    }

    private static String precision(String date) {
        if (date == null) {
            return null;
        }
        return switch (date.length()) {
            case 4 -> "year";
            case 7 -> "month";
            default -> "day";
        };
    }
}
