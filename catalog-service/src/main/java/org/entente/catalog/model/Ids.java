package org.entente.catalog.model;

/**
 * How the catalog's generated ids are drawn: each table's id sequence increases by {@value #ALLOCATION_SIZE}
 * (migration V2), and Hibernate hands out the ids of one step itself (pooled optimizer), so that new rows need no
 * round trip to learn their id and are inserted in JDBC batches.
 */
public final class Ids {

    /** Ids drawn per sequence call; equal to the sequences' increment. */
    public static final int ALLOCATION_SIZE = 50;

    private Ids() {
    }
}
