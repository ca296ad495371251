package org.entente.catalog.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One article's trade claim. */
@Entity
@Table(name = "trade_mention")
@SequenceGenerator(sequenceName = "trade_mention_id_seq", allocationSize = Ids.ALLOCATION_SIZE)
public class TradeMention extends Mention {

    @Column(name = "trade_figure_id")
    public Long tradeFigureId;
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
}
