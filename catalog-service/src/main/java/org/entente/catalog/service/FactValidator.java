package org.entente.catalog.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.catalog.service.merge.AgreementStatus;
import org.entente.catalog.service.merge.CameoCode;
import org.entente.catalog.service.merge.DatePrecision;
import org.entente.catalog.service.merge.PartialDate;
import org.entente.contract.AgreementFact;
import org.entente.contract.ArticleIngested;
import org.entente.contract.ArticleRef;
import org.entente.contract.EventFact;
import org.entente.contract.Evidence;
import org.entente.contract.ExtractedFact;
import org.entente.contract.TradeFact;

/**
 * Checks that a message keeps the fact contract ({@code org.entente.contract}) before the catalog stores it,
 * collecting every violation so that a dead-lettered message says all that is wrong with it.
 */
public final class FactValidator {

    /** A country code: alpha-3, or {@code IGO} for an international organisation. */
    public static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

    private static final Set<String> KINDS = Set.of("event", "agreement", "trade");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final List<String> problems = new ArrayList<>();

    private FactValidator() {
    }

    /**
     * Validates an extracted fact.
     *
     * @throws InvalidFactException listing every problem found
     */
    public static void validate(ExtractedFact fact) {
        FactValidator validator = new FactValidator();
        validator.checkFact(fact);
        validator.throwIfInvalid();
    }

    /**
     * Validates an article announcement.
     *
     * @throws InvalidFactException listing every problem found
     */
    public static void validate(ArticleIngested announcement) {
        FactValidator validator = new FactValidator();
        if (announcement == null) {
            validator.problems.add("the message is empty");
        } else {
            validator.checkArticle(announcement.article());
        }
        validator.throwIfInvalid();
    }

    private void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidFactException(problems);
        }
    }

    private void checkFact(ExtractedFact fact) {
        if (fact == null) {
            problems.add("the message is empty");
            return;
        }
        require(notBlank(fact.factId()), "factId is missing");
        checkArticle(fact.article());
        checkEvidence(fact.evidence());
        require(fact.confidence() >= 0 && fact.confidence() <= 1, "confidence must be between 0 and 1");
        if (!KINDS.contains(fact.kind())) {
            problems.add("kind must be event, agreement or trade, not '" + fact.kind() + "'");
            return;
        }
        int payloads = (fact.event() == null ? 0 : 1) + (fact.agreement() == null ? 0 : 1)
                + (fact.trade() == null ? 0 : 1);
        require(payloads == 1, "exactly one of event, agreement and trade must be set");
        switch (fact.kind()) {
            case "event" -> checkEvent(fact.event());
            case "agreement" -> checkAgreement(fact.agreement());
            default -> checkTrade(fact.trade());
        }
    }

    private void checkArticle(ArticleRef article) {
        if (article == null || !notBlank(article.id())) {
            problems.add("article.id is missing");
            return;
        }
        if (article.published() != null) {
            checkDate("article.published", article.published(), null);
        }
    }

    private void checkEvidence(Evidence evidence) {
        if (evidence == null) {
            problems.add("evidence is missing");
            return;
        }
        require(notBlank(evidence.sentence()) || notBlank(evidence.quote()), "evidence has neither sentence nor quote");
        require(evidence.start() >= 0 && evidence.end() >= evidence.start(),
                "evidence offsets must satisfy 0 <= start <= end");
        require(evidence.sentenceIndex() >= 0, "evidence.sentenceIndex must not be negative");
    }

    private void checkEvent(EventFact event) {
        if (event == null) {
            problems.add("event is missing");
            return;
        }
        checkCountry("event.source", event.source());
        checkCountry("event.target", event.target());
        require(event.source() == null || !event.source().equals(event.target()),
                "event.source and event.target must differ");
        require(CameoCode.isValid(event.cameo()), "event.cameo must be 2 to 4 digits");
        require(event.quad() >= 1 && event.quad() <= 4, "event.quad must be 1 to 4");
        require(event.goldstein() >= -10 && event.goldstein() <= 10, "event.goldstein must be -10 to 10");
        checkDate("event.date", event.date(), event.datePrecision());
    }

    private void checkAgreement(AgreementFact agreement) {
        if (agreement == null) {
            problems.add("agreement is missing");
            return;
        }
        if (agreement.parties() == null) {
            problems.add("agreement.parties is missing");
        } else {
            agreement.parties().forEach(party -> checkCountry("agreement.parties", party));
            require(new HashSet<>(agreement.parties()).size() >= 2, "agreement.parties needs two different parties");
        }
        require(notBlank(agreement.title()), "agreement.title is missing");
        require(Vocabulary.AGREEMENT_TYPES.contains(agreement.type()), "agreement.type '" + agreement.type() + "' is unknown");
        require(Vocabulary.DOMAINS.contains(agreement.domain()), "agreement.domain '" + agreement.domain() + "' is unknown");
        require(AgreementStatus.isWireName(agreement.status()),
                "agreement.status '" + agreement.status() + "' is unknown");
        checkDate("agreement.date", agreement.date(), agreement.datePrecision());
    }

    private void checkTrade(TradeFact trade) {
        if (trade == null) {
            problems.add("trade is missing");
            return;
        }
        checkCountry("trade.exporter", trade.exporter());
        checkCountry("trade.importer", trade.importer());
        require(trade.exporter() == null || !trade.exporter().equals(trade.importer()),
                "trade.exporter and trade.importer must differ");
        require(Vocabulary.FLOWS.contains(trade.flow()), "trade.flow must be export or total");
        require(Vocabulary.BASES.contains(trade.basis()), "trade.basis must be actual, estimate or target");
        require(trade.year() == null || (trade.year() >= 1000 && trade.year() <= 9999), "trade.year must have 4 digits");
        require(trade.valueUsd() != null || (trade.amount() != null && trade.currency() != null),
                "trade needs valueUsd, or amount and currency");
        require(trade.valueUsd() == null || trade.valueUsd() >= 0, "trade.valueUsd must not be negative");
        require(trade.amount() == null || trade.amount() >= 0, "trade.amount must not be negative");
        require(trade.currency() == null || CURRENCY.matcher(trade.currency()).matches(),
                "trade.currency must be an ISO 4217 code");
    }

    private void checkCountry(String field, String code) {
        require(code != null && COUNTRY.matcher(code).matches(), field + " must be 3 letters A-Z");
    }

    /** A date, and its precision when given: they must agree. */
    private void checkDate(String field, String date, String precision) {
        if (date == null) {
            require(precision == null, field + "Precision is set without a date");
            return;
        }
        try {
            PartialDate parsed = PartialDate.parse(date);
            require(precision == null || parsed.precision() == DatePrecision.fromWireName(precision),
                    field + "Precision does not match the date");
        } catch (IllegalArgumentException e) {
            problems.add(field + ": " + e.getMessage());
        }
    }

    private void require(boolean condition, String problem) {
        if (!condition) {
            problems.add(problem);
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
