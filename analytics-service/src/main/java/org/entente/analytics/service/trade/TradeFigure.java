package org.entente.analytics.service.trade;

import java.util.List;

/**
 * A trade claim as the read model keeps it.
 *
 * @param entityId  the catalog's entity id
 * @param exporter  alpha-3; for a two-way total the alphabetically first party
 * @param importer  alpha-3; for a two-way total the alphabetically second party
 * @param flow      {@code export} or {@code total}
 * @param year      the year the figure is for, or null
 * @param valueUsd  the value in US dollars, or null when it is known only in another currency
 * @param basis     {@code actual}, {@code estimate} or {@code target}
 * @param product   the product or sector, or null for all goods
 * @param mentions  how many mentions back the claim
 * @param articles  ids of the articles that state it
 * @param conflict  whether the catalog found sources disagreeing about this flow and year
 */
public record TradeFigure(String entityId, String exporter, String importer, String flow, Integer year,
                          Double valueUsd, String basis, String product, int mentions, List<String> articles,
                          boolean conflict) {

    public static final String FLOW_TOTAL = "total";
    public static final String BASIS_ACTUAL = "actual";
    public static final String BASIS_ESTIMATE = "estimate";
    public static final String BASIS_TARGET = "target";

    public boolean isTarget() {
        return BASIS_TARGET.equals(basis);
    }

    /** Whether the figure is a total of all goods in US dollars, the only figures a balance is made of. */
    public boolean isAllGoodsInUsd() {
        return product == null && valueUsd != null;
    }
}
