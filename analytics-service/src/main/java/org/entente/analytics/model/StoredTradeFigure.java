package org.entente.analytics.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The current state of one trade claim. */
@Entity
@Table(name = "trade_figure")
public class StoredTradeFigure extends PanacheEntityBase {

    @Id
    @Column(name = "entity_id")
    public String entityId;

    @Column(nullable = false)
    public String dyad;

    @Column(nullable = false)
    public String exporter;

    @Column(nullable = false)
    public String importer;

    /** {@code export} or {@code total}. */
    @Column(nullable = false)
    public String flow;

    public Integer year;

    @Column(name = "value_usd")
    public Double valueUsd;

    /** {@code actual}, {@code estimate} or {@code target}. */
    @Column(nullable = false)
    public String basis;

    public String product;

    @Column(nullable = false)
    public int mentions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> articles;

    @Column(nullable = false)
    public boolean conflict;

    /** The pair's claims. */
    public static List<StoredTradeFigure> ofDyad(String dyad) {
        return list("dyad", dyad);
    }
}
