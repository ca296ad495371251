package org.entente.ingest.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.entente.contract.Topics;
import org.entente.extraction.ActorRef;
import org.entente.extraction.Agreement;
import org.entente.extraction.Event;
import org.entente.extraction.Evidence;
import org.entente.extraction.Extraction;
import org.entente.extraction.FuzzyDate;
import org.entente.extraction.PublicationDate;
import org.entente.extraction.TradeFigure;
import org.entente.ingest.model.OutboxMessage;
import org.entente.ingest.service.AnalyzedArticle;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxMessagesTest {

    private static final String ARTICLE_ID = "a".repeat(64);
    private static final Instant AT = Instant.parse("2024-05-17T08:00:00Z");
    private static final String TEXT = "Pakistan and Iraq signed a pact. Iraq sold oil to Pakistan.";

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final OutboxMessages messages = new OutboxMessages(json);

    private final Evidence first = new Evidence("signed a pact", "Pakistan and Iraq signed a pact.", 0, 32, 0);
    private final Evidence second = new Evidence("sold oil", "Iraq sold oil to Pakistan.", 33, 59, 1);
    private final Event event = new Event("PAK", "IRQ", "057", 1, 8.0, FuzzyDate.ofMonth(2021, 3), List.of(first),
            0.9, List.of(new ActorRef("Pakistan", "PAK", "name")));
    private final Agreement agreement = new Agreement(List.of("IRQ", "PAK"), "defence pact", "pact", "defence",
            "signed", null, List.of(first), 0.8, List.of());
    private final TradeFigure trade = new TradeFigure("IRQ", "PAK", "export", 2021, 1.5e9, 1.5, "USD", "actual",
            "oil", List.of(second), 0.7, List.of());

    @Test
    void articleGivesOneIngestedMessageAndOneMessagePerFact() {
        List<OutboxMessage> out = messages.forArticle(article(List.of(event), List.of(agreement), List.of(trade)), AT);

        assertThat(out).extracting(m -> m.topic).containsExactly(Topics.ARTICLES_INGESTED, Topics.FACTS_EXTRACTED,
                Topics.FACTS_EXTRACTED, Topics.FACTS_EXTRACTED);
        assertThat(out).extracting(m -> m.ceType).containsExactly(Topics.TYPE_ARTICLE_INGESTED,
                Topics.TYPE_FACT_EXTRACTED, Topics.TYPE_FACT_EXTRACTED, Topics.TYPE_FACT_EXTRACTED);
        assertThat(out).allSatisfy(m -> {
            assertThat(m.articleId).isEqualTo(ARTICLE_ID);
            assertThat(m.ceTime).isEqualTo(AT);
        });
        assertThat(out).extracting(m -> m.ceId).doesNotHaveDuplicates();
    }

    @Test
    void ingestedMessageIsKeyedByArticleAndFactsByDyadInAlphabeticalOrder() {
        List<OutboxMessage> out = messages.forArticle(article(List.of(event), List.of(agreement), List.of(trade)), AT);

        assertThat(out).extracting(m -> m.messageKey).containsExactly(ARTICLE_ID, "IRQ-PAK", "IRQ-PAK", "IRQ-PAK");
    }

    @Test
    void factPayloadFollowsTheContract() throws Exception {
        List<OutboxMessage> out = messages.forArticle(article(List.of(event), List.of(), List.of(trade)), AT);

        JsonNode eventFact = json.readTree(out.get(1).payload);
        assertThat(eventFact.get("kind").asText()).isEqualTo("event");
        assertThat(eventFact.get("dyad").asText()).isEqualTo("IRQ-PAK");
        assertThat(eventFact.get("event").get("source").asText()).isEqualTo("PAK");
        assertThat(eventFact.get("event").get("date").asText()).isEqualTo("2021-03");
        assertThat(eventFact.get("event").get("datePrecision").asText()).isEqualTo("month");
        assertThat(eventFact.get("evidence").get("sentence").asText()).isEqualTo(first.sentence());
        assertThat(eventFact.get("article").get("id").asText()).isEqualTo(ARTICLE_ID);
        assertThat(eventFact.get("article").get("publishedBy").asText()).isEqualTo("request");
        assertThat(eventFact.get("extractedAt").asText()).isEqualTo("2024-05-17T08:00:00Z");
        JsonNode tradeFact = json.readTree(out.get(2).payload);
        assertThat(tradeFact.get("trade").get("valueUsd").asDouble()).isEqualTo(1.5e9);

        JsonNode ingested = json.readTree(out.get(0).payload);
        assertThat(ingested.get("textSha256").asText()).isEqualTo(ARTICLE_ID);
        assertThat(ingested.get("textLength").asInt()).isEqualTo(TEXT.length());
        assertThat(ingested.get("events").asInt()).isEqualTo(1);
        assertThat(ingested.get("trade").asInt()).isEqualTo(1);
    }

    @Test
    void factIdsAreStableAndIndependentOfFactOrder() throws Exception {
        List<String> once = factIds(messages.forArticle(article(List.of(event), List.of(agreement), List.of(trade)),
                AT));
        List<String> again = factIds(messages.forArticle(article(List.of(event), List.of(agreement), List.of(trade)),
                AT.plusSeconds(60)));
        Event other = new Event("IRQ", "PAK", "042", 1, 1.9, null, List.of(second), 0.6, List.of());
        List<String> reordered = factIds(messages.forArticle(article(List.of(other, event), List.of(), List.of()),
                AT));

        assertThat(once).hasSize(3).doesNotHaveDuplicates().isEqualTo(again);
        assertThat(reordered.get(1)).isEqualTo(once.get(0));
    }

    @Test
    void identicalFactsStatedAtTheSamePlaceStillGetDistinctIds() throws Exception {
        List<String> ids = factIds(messages.forArticle(article(List.of(event, event), List.of(), List.of()), AT));

        assertThat(ids).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void kafkaRecordCarriesCloudEventsHeaders() {
        OutboxMessage m = messages.forArticle(article(List.of(event), List.of(), List.of()), AT).get(1);

        ProducerRecord<String, String> record = OutboxSender.record(m);

        assertThat(record.topic()).isEqualTo(Topics.FACTS_EXTRACTED);
        assertThat(record.key()).isEqualTo("IRQ-PAK");
        Map<String, String> headers = new HashMap<>();
        for (Header h : record.headers()) {
            headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
        }
        assertThat(headers).containsEntry("ce_id", m.ceId)
                .containsEntry("ce_type", Topics.TYPE_FACT_EXTRACTED)
                .containsEntry("ce_source", "/entente/ingest")
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_time", "2024-05-17T08:00:00Z")
                .containsEntry("ce_subject", ARTICLE_ID)
                .containsEntry("content-type", "application/json");
    }

    @Test
    void dyadSortsCodesAndSkipsMissingOnes() {
        assertThat(ContractFacts.dyad("PAK", "IRQ")).isEqualTo("IRQ-PAK");
        assertThat(ContractFacts.dyad(List.of("PAK", "CHN", "AFG"))).isEqualTo("AFG-CHN-PAK");
        assertThat(ContractFacts.dyad("PAK", null)).isEqualTo("PAK");
    }

    private List<String> factIds(List<OutboxMessage> out) throws Exception {
        return out.stream().skip(1).map(m -> {
            try {
                return json.readTree(m.payload).get("factId").asText();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    private static AnalyzedArticle article(List<Event> events, List<Agreement> agreements, List<TradeFigure> trade) {
        Extraction x = new Extraction(TEXT, new PublicationDate(FuzzyDate.ofDay(2024, 5, 17), "request", null),
                events, agreements, trade);
        return new AnalyzedArticle(ARTICLE_ID, "Pact", "https://example.org/pact", "Example", "text/plain", x);
    }
}
