package org.entente.catalog.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A real-world event merged from all the mentions that report it. */
@Entity
@Table(name = "catalog_event")
@SequenceGenerator(sequenceName = "catalog_event_id_seq", allocationSize = Ids.ALLOCATION_SIZE)
public class CatalogEvent extends CanonicalFact {

    @Column(nullable = false)
    public String source;
    @Column(nullable = false)
    public String target;
    /** The most specific CAMEO code the mentions agree on. */
    @Column(nullable = false)
    public String cameo;
    @Column(name = "cameo_root", nullable = false)
    public String cameoRoot;
    @Column(nullable = false)
    public int quad;
    @Column(nullable = false)
    public double goldstein;
    /** The most precise date the mentions agree on, or null. */
    public String date;
    @Column(name = "date_precision")
    public String datePrecision;
}
