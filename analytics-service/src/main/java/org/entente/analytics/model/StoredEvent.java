package org.entente.analytics.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The current state of one canonical event. */
@Entity
@Table(name = "event_fact")
public class StoredEvent extends PanacheEntityBase {

    @Id
    @Column(name = "entity_id")
    public String entityId;

    @Column(nullable = false)
    public String dyad;

    @Column(nullable = false)
    public String source;

    @Column(nullable = false)
    public String target;

    @Column(nullable = false)
    public String cameo;

    @Column(nullable = false)
    public short quad;

    @Column(nullable = false, precision = 6, scale = 2)
    public BigDecimal goldstein;

    /** First day of the date at its precision, or null when undated. */
    @Column(name = "event_date")
    public LocalDate eventDate;

    /** {@code year}, {@code month} or {@code day}, or null when undated. */
    @Column(name = "date_precision")
    public String datePrecision;

    @Column(nullable = false)
    public int mentions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> articles;

    /** The events with the given ids. */
    public static List<StoredEvent> withIds(List<String> entityIds) {
        return entityIds.isEmpty() ? List.of() : list("entityId in ?1", entityIds);
    }
}
