package org.entente.analytics.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A catalog change already applied; its id makes a redelivery of the same message a no-op. */
@Entity
@Table(name = "processed_change")
public class ProcessedChange extends PanacheEntityBase {

    @Id
    @Column(name = "change_id")
    public String changeId;

    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;
}
