package org.entente.catalog.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One trade figure for one flow (exporter, importer, flow, year, basis, product), as one or more sources state
 * it. Figures of the same flow with different values are kept side by side and flagged as conflicting.
 */
@Entity
@Table(name = "trade_figure")
@SequenceGenerator(sequenceName = "trade_figure_id_seq", allocationSize = Ids.ALLOCATION_SIZE)
public class TradeFigure extends CanonicalFact {

    /** The figure rounded to three significant digits, with its currency; unique within a flow. */
    @Column(name = "value_key", nullable = false)
    public String valueKey;
    @Column(nullable = false)
    public String exporter;
    @Column(nullable = false)
    public String importer;
    @Column(nullable = false)
    public String flow;
    public Integer year;
    @Column(name = "value_usd")
    public Double valueUsd;
    public Double amount;
    public String currency;
    @Column(nullable = false)
    public String basis;
    public String product;
    /** True when another figure of the same flow disagrees. */
    @Column(nullable = false)
    public boolean conflict;
}
