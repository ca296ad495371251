package org.entente.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import org.entente.contract.AgreementFact;
import org.entente.contract.ArticleIngested;
import org.entente.contract.ArticleRef;
import org.entente.contract.EventFact;
import org.entente.contract.Evidence;
import org.entente.contract.ExtractedFact;
import org.entente.contract.TradeFact;
import org.junit.jupiter.api.Test;

class FactValidatorTest {

    private static final ArticleRef ARTICLE = new ArticleRef("a1", "Title", null, null, "2021-03-15", "request");
    private static final Evidence EVIDENCE = new Evidence("visited", "Khan visited Baghdad.", 0, 21, 0);

    private static ExtractedFact event(EventFact event) {
        return new ExtractedFact("f1", "event", "IRQ-PAK", ARTICLE, event, null, null, EVIDENCE, 0.9, Instant.EPOCH);
    }

    private static List<String> problems(ExtractedFact fact) {
        return catchThrowableOfType(InvalidFactException.class, () -> FactValidator.validate(fact)).problems();
    }

    @Test
    void acceptsAWellFormedEvent() {
        EventFact visit = new EventFact("PAK", "IRQ", "042", 1, 1.9, "2021-03-14", "day");

        assertThatCode(() -> FactValidator.validate(event(visit))).doesNotThrowAnyException();
    }

    @Test
    void acceptsAnUndatedEventAndAnIgoParty() {
        EventFact appeal = new EventFact("IGO", "PAK", "0256", 3, -1.0, null, null);

        assertThatCode(() -> FactValidator.validate(event(appeal))).doesNotThrowAnyException();
    }

    @Test
    void reportsEveryProblemOfABadEvent() {
        EventFact bad = new EventFact("pak", "pak", "42x", 5, 12, "2021-02-30", "day");

        assertThat(problems(event(bad))).containsExactlyInAnyOrder(
                "event.source must be 3 letters A-Z",
                "event.target must be 3 letters A-Z",
                "event.source and event.target must differ",
                "event.cameo must be 2 to 4 digits",
                "event.quad must be 1 to 4",
                "event.goldstein must be -10 to 10",
                "event.date: '2021-02-30' is not a calendar date");
    }

    @Test
    void rejectsAPrecisionThatContradictsTheDate() {
        EventFact fact = new EventFact("PAK", "IRQ", "042", 1, 1.9, "2021-03", "day");

        assertThat(problems(event(fact))).containsExactly("event.datePrecision does not match the date");
    }

    @Test
    void rejectsAFactWithoutArticleOrEvidence() {
        ExtractedFact fact = new ExtractedFact("f1", "event", "IRQ-PAK", null,
                new EventFact("PAK", "IRQ", "042", 1, 1.9, null, null), null, null, null, 0.5, null);

        assertThat(problems(fact)).containsExactlyInAnyOrder("article.id is missing", "evidence is missing");
    }

    @Test
    void rejectsAnUnknownKindAndAMismatchedPayload() {
        ExtractedFact unknown = new ExtractedFact("f1", "rumour", "IRQ-PAK", ARTICLE, null, null, null, EVIDENCE, 0.5,
                null);
        ExtractedFact twoPayloads = new ExtractedFact("f1", "event", "IRQ-PAK", ARTICLE,
                new EventFact("PAK", "IRQ", "042", 1, 1.9, null, null), null,
                new TradeFact("PAK", "IRQ", "export", 2020, 1.0, null, null, "actual", null), EVIDENCE, 0.5, null);

        assertThat(problems(unknown)).containsExactly("kind must be event, agreement or trade, not 'rumour'");
        assertThat(problems(twoPayloads)).containsExactly("exactly one of event, agreement and trade must be set");
    }

    @Test
    void rejectsAgreementsWithUnknownVocabularyOrOneParty() {
        AgreementFact bad = new AgreementFact(List.of("PAK", "PAK"), " ", "alliance", "space", "rumoured", null, null);
        ExtractedFact fact = new ExtractedFact("f1", "agreement", "PAK", ARTICLE, null, bad, null, EVIDENCE, 0.5,
                null);

        assertThat(problems(fact)).containsExactlyInAnyOrder(
                "agreement.parties needs two different parties",
                "agreement.title is missing",
                "agreement.type 'alliance' is unknown",
                "agreement.domain 'space' is unknown",
                "agreement.status 'rumoured' is unknown");
    }

    @Test
    void acceptsATradeFigureInAnotherCurrencyWithoutDollarValue() {
        TradeFact rupees = new TradeFact("PAK", "IRQ", "export", 2019, null, 2.0e9, "PKR", "actual", "rice");
        ExtractedFact fact = new ExtractedFact("f1", "trade", "IRQ-PAK", ARTICLE, null, null, rupees, EVIDENCE, 0.5,
                null);

        assertThatCode(() -> FactValidator.validate(fact)).doesNotThrowAnyException();
    }

    @Test
    void rejectsATradeFigureWithoutValueOrWithBadFields() {
        TradeFact bad = new TradeFact("PAK", "PAK", "import", 19, null, 5.0, null, "guess", null);
        ExtractedFact fact = new ExtractedFact("f1", "trade", "PAK", ARTICLE, null, null, bad, EVIDENCE, 0.5, null);

        assertThat(problems(fact)).containsExactlyInAnyOrder(
                "trade.exporter and trade.importer must differ",
                "trade.flow must be export or total",
                "trade.basis must be actual, estimate or target",
                "trade.year must have 4 digits",
                "trade needs valueUsd, or amount and currency");
    }

    @Test
    void rejectsAnAnnouncementWithoutArticleId() {
        ArticleIngested announcement = new ArticleIngested(new ArticleRef(" ", null, null, null, null, null),
                "abc", 10, "text/plain", 0, 0, 0, Instant.EPOCH);

        assertThat(catchThrowableOfType(InvalidFactException.class, () -> FactValidator.validate(announcement))
                .problems()).containsExactly("article.id is missing");
    }
}
