package org.entente.catalog.rest;

/** A request for a catalog entry that does not exist; answered with 404. */
public class NotInCatalogException extends RuntimeException {

    /** No entry of the kind with the id ({@code "event", "42"}). */
    public NotInCatalogException(String kind, String id) {
        super("there is no " + kind + " with id " + id);
    }
}
