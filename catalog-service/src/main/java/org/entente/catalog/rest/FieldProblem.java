package org.entente.catalog.rest;

/**
 * One bad value in a request.
 *
 * @param field   the query parameter (or header) at fault
 * @param message what is wrong with it
 */
public record FieldProblem(String field, String message) {
}
