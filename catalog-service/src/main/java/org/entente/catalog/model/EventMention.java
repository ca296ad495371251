package org.entente.catalog.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One article's statement of an event. */
@Entity
@Table(name = "event_mention")
@SequenceGenerator(sequenceName = "event_mention_id_seq", allocationSize = Ids.ALLOCATION_SIZE)
public class EventMention extends Mention {

    /** The catalog event this mention belongs to; null only while the event is being recomputed. */
    @Column(name = "event_id")
    public Long eventId;
    @Column(nullable = false)
    public String source;
    @Column(nullable = false)
    public String target;
    @Column(nullable = false)
    public String cameo;
    @Column(nullable = false)
    public int quad;
    @Column(nullable = false)
    public double goldstein;
    public String date;
    @Column(name = "date_precision")
    public String datePrecision;
}
