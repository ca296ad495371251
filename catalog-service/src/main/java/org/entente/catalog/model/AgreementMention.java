package org.entente.catalog.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One article's statement of an agreement's status: an entry of the agreement's status history. */
@Entity
@Table(name = "agreement_mention")
@SequenceGenerator(sequenceName = "agreement_mention_id_seq", allocationSize = Ids.ALLOCATION_SIZE)
public class AgreementMention extends Mention {

    @Column(name = "agreement_id")
    public Long agreementId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> parties;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String type;
    @Column(nullable = false)
    public String domain;
    @Column(nullable = false)
    public String status;
    public String date;
    @Column(name = "date_precision")
    public String datePrecision;
}
