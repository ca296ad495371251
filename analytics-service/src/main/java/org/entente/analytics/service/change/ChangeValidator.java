package org.entente.analytics.service.change;

import java.util.Set;
import java.util.regex.Pattern;
import org.entente.analytics.service.period.PartialDate;
import org.entente.analytics.service.stats.DyadKey;
import org.entente.contract.CatalogChange;
import org.entente.contract.EventFact;
import org.entente.contract.TradeFact;

/**
 * Checks that a catalog change can be applied: ids, operation and kind present, and for an upsert a payload of
 * its kind whose parties match the change's dyad. A retraction needs no payload: it removes whatever the entity
 * contributed.
 */
public final class ChangeValidator {

    public static final String OP_UPSERT = "upsert";
    public static final String OP_RETRACT = "retract";
    public static final String KIND_EVENT = "event";
    public static final String KIND_AGREEMENT = "agreement";
    public static final String KIND_TRADE = "trade";

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern CAMEO = Pattern.compile("\\d{2,4}");
    private static final Set<String> FLOWS = Set.of("export", "total");
    private static final Set<String> BASES = Set.of("actual", "estimate", "target");
    private static final double GOLDSTEIN_LIMIT = 10;

    private ChangeValidator() {
    }

    /** @throws InvalidChangeException naming the first problem found */
    public static void check(CatalogChange change) {
        require(notBlank(change.changeId()), "changeId is missing");
        require(notBlank(change.entityId()), "entityId is missing");
        require(notBlank(change.dyad()), "dyad is missing");
        require(change.version() >= 0, "version is negative");
        require(OP_UPSERT.equals(change.op()) || OP_RETRACT.equals(change.op()), "op is not upsert or retract");
        require(Set.of(KIND_EVENT, KIND_AGREEMENT, KIND_TRADE).contains(change.kind()),
                "kind is not event, agreement or trade");
        if (OP_RETRACT.equals(change.op())) {
            return;
        }
        switch (change.kind()) {
            case KIND_EVENT -> checkEvent(change.event(), change.dyad());
            case KIND_TRADE -> checkTrade(change.trade(), change.dyad());
            default -> require(change.agreement() != null, "agreement payload is missing");
        }
        require(change.articles() != null, "articles are missing");
    }

    private static void checkEvent(EventFact event, String dyad) {
        require(event != null, "event payload is missing");
        checkParties(event.source(), event.target(), dyad);
        require(event.cameo() != null && CAMEO.matcher(event.cameo()).matches(), "cameo is not 2 to 4 digits");
        require(event.quad() >= 1 && event.quad() <= 4, "quad is not 1 to 4");
        require(Math.abs(event.goldstein()) <= GOLDSTEIN_LIMIT, "goldstein is outside -10 to 10");
        if (event.date() != null) {
            try {
                PartialDate.parse(event.date(), event.datePrecision());
            } catch (IllegalArgumentException e) {
                throw new InvalidChangeException("event date: " + e.getMessage(), e);
            }
        }
    }

    private static void checkTrade(TradeFact trade, String dyad) {
        require(trade != null, "trade payload is missing");
        checkParties(trade.exporter(), trade.importer(), dyad);
        require(FLOWS.contains(trade.flow()), "flow is not export or total");
        require(BASES.contains(trade.basis()), "basis is not actual, estimate or target");
        require(trade.valueUsd() == null || Double.isFinite(trade.valueUsd()) && trade.valueUsd() >= 0,
                "valueUsd is not a non-negative number");
        require(trade.year() == null || trade.year() >= 1000 && trade.year() <= 9999, "year is not four digits");
    }

    private static void checkParties(String one, String other, String dyad) {
        require(one != null && CODE.matcher(one).matches() && other != null && CODE.matcher(other).matches(),
                "parties are not three-letter codes");
        require(!one.equals(other), "both parties are " + one);
        require(DyadKey.of(one, other).equals(dyad), "dyad " + dyad + " does not match the parties");
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new InvalidChangeException(problem);
        }
    }
}
