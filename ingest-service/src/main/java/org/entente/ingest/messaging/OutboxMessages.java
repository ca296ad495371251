package org.entente.ingest.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.entente.contract.ArticleRef;
import org.entente.contract.Evidence;
import org.entente.contract.ExtractedFact;
import org.entente.contract.Topics;
import org.entente.extraction.Agreement;
import org.entente.extraction.Event;
import org.entente.extraction.Extraction;
import org.entente.extraction.TradeFigure;
import org.entente.ingest.model.OutboxMessage;
import org.entente.ingest.service.AnalyzedArticle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The Kafka messages of one accepted article, as outbox rows: one {@code articles.ingested} message keyed by article
 * id, and one {@code facts.extracted} message per fact keyed by dyad.
 */
@ApplicationScoped
public class OutboxMessages {

    private static final String EVENT = "event";
    private static final String AGREEMENT = "agreement";
    private static final String TRADE = "trade";

    private final ObjectMapper json;

    public OutboxMessages(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param article the article
     * @param at      when it was accepted: the messages' {@code ce_time} and the facts' {@code extractedAt}
     */
    public List<OutboxMessage> forArticle(AnalyzedArticle article, Instant at) {
        Extraction x = article.extraction();
        ArticleRef ref = ContractFacts.articleRef(article);
        FactIds ids = new FactIds(article.id());
        List<OutboxMessage> messages = new ArrayList<>(1 + x.size());
        messages.add(message(article.id(), Topics.ARTICLES_INGESTED, article.id(), Topics.TYPE_ARTICLE_INGESTED,
                ContractFacts.ingested(article, at), at));
        for (Event e : x.events()) {
            var fact = ContractFacts.event(e);
            Evidence evidence = ContractFacts.firstEvidence(e.evidence());
            String dyad = ContractFacts.dyad(e.source(), e.target());
            messages.add(fact(article.id(), dyad, new ExtractedFact(ids.next(EVENT, write(fact), evidence), EVENT,
                    dyad, ref, fact, null, null, evidence, e.confidence(), at), at));
        }
        for (Agreement a : x.agreements()) {
            var fact = ContractFacts.agreement(a);
            Evidence evidence = ContractFacts.firstEvidence(a.evidence());
            String dyad = ContractFacts.dyad(a.parties());
            messages.add(fact(article.id(), dyad, new ExtractedFact(ids.next(AGREEMENT, write(fact), evidence),
                    AGREEMENT, dyad, ref, null, fact, null, evidence, a.confidence(), at), at));
        }
        for (TradeFigure t : x.trade()) {
            var fact = ContractFacts.trade(t);
            Evidence evidence = ContractFacts.firstEvidence(t.evidence());
            String dyad = ContractFacts.dyad(t.exporter(), t.importer());
            messages.add(fact(article.id(), dyad, new ExtractedFact(ids.next(TRADE, write(fact), evidence), TRADE,
                    dyad, ref, null, null, fact, evidence, t.confidence(), at), at));
        }
        return messages;
    }

    private OutboxMessage fact(String articleId, String dyad, ExtractedFact fact, Instant at) {
        return message(articleId, Topics.FACTS_EXTRACTED, dyad, Topics.TYPE_FACT_EXTRACTED, fact, at);
    }

    private OutboxMessage message(String articleId, String topic, String key, String type, Object payload,
                                  Instant at) {
        OutboxMessage m = new OutboxMessage();
        m.articleId = articleId;
        m.topic = topic;
        m.messageKey = key;
        m.payload = write(payload);
        m.ceId = UUID.randomUUID().toString();
        m.ceType = type;
        m.ceTime = at;
        return m;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("contract records always serialise", e);
        }
    }
}
