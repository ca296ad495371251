package org.entente.analytics.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.entente.analytics.service.period.DateSpan;

/**
 * Reads a request's query parameters, collecting every problem so that one 400 answer lists them all.
 * Parameters arrive as strings so that a malformed number is a 400 with its name, not a 404.
 */
final class QueryParameters {

    private static final Pattern CODE = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");

    private final List<FieldError> errors = new ArrayList<>();

    /** A required country code among {@code countries}, upper-cased; null when invalid. */
    String country(String name, String value, CountryCodes countries) {
        if (value == null || value.isBlank()) {
            return reject(name, "is required");
        }
        String code = value.trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches() || !countries.isKnown(code)) {
            return reject(name, "'" + value + "' is not an ISO 3166-1 alpha-3 country code");
        }
        return code;
    }

    /** Records that {@code b} must differ from {@code a} when both are valid. */
    void differ(String a, String b) {
        if (a != null && a.equals(b)) {
            reject("b", "must be another country than a");
        }
    }

    /** An optional four-digit year; null when absent or invalid. */
    Integer year(String name, String value) {
        if (value == null) {
            return null;
        }
        if (!YEAR.matcher(value).matches()) {
            return reject(name, "'" + value + "' is not a four-digit year");
        }
        return Integer.valueOf(value);
    }

    /** An optional whole number from {@code min} to {@code max}, {@code fallback} when absent. */
    int integer(String name, String value, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        if (!INTEGER.matcher(value).matches() || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            reject(name, "'" + value + "' is not a whole number from " + min + " to " + max);
            return fallback;
        }
        return Integer.parseInt(value);
    }

    /** An optional choice among named values, {@code fallback} when absent; null when invalid. */
    <T> T choice(String name, String value, T fallback, Function<String, Optional<T>> parse, String allowed) {
        if (value == null) {
            return fallback;
        }
        return parse.apply(value).orElseGet(() -> reject(name, "'" + value + "' is not one of " + allowed));
    }

    /**
     * An optional written date ({@code 2024}, {@code 2024-Q2}, {@code 2024-03}, {@code 2024-03-14}); null when
     * absent or invalid.
     */
    DateSpan span(String name, String value) {
        if (value == null) {
            return null;
        }
        return DateSpan.parse(value).orElseGet(
                () -> reject(name, "'" + value + "' is not a date written YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD"));
    }

    /** Records a problem with {@code name} unless {@code condition} holds. */
    void check(boolean condition, String name, String message) {
        if (!condition) {
            reject(name, message);
        }
    }

    /** @throws InvalidParametersException listing the problems, when there are any */
    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
    }

    private <T> T reject(String name, String message) {
        errors.add(new FieldError(name, message));
        return null;
    }
}
