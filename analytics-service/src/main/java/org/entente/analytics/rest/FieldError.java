package org.entente.analytics.rest;

/**
 * One problem with one request parameter.
 *
 * @param field   the parameter
 * @param message what is wrong with it
 */
public record FieldError(String field, String message) {
}
