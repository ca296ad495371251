package org.entente.catalog.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An agreement merged from all the statements of its status; its date is the date of the current status. */
@Entity
@Table(name = "agreement")
@SequenceGenerator(sequenceName = "agreement_id_seq", allocationSize = Ids.ALLOCATION_SIZE)
public class Agreement extends CanonicalFact {

    /** Alpha-3 codes, sorted. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> parties;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String type;
    @Column(nullable = false)
    public String domain;
    /** The current status. */
    @Column(nullable = false)
    public String status;
    public String date;
    @Column(name = "date_precision")
    public String datePrecision;
    /** The 057 event that reports the signing, when there is one. */
    @Column(name = "signing_event_id")
    public Long signingEventId;
}
