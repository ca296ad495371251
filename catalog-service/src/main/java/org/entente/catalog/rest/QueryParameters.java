package org.entente.catalog.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.entente.catalog.config.CatalogConfig;
import org.entente.catalog.repository.DateRange;
import org.entente.catalog.repository.Keyset;
import org.entente.catalog.service.merge.CameoCode;
import org.entente.catalog.service.merge.PartialDate;

/**
 * Reads the query parameters of the list endpoints, collecting every bad value so that one 400 response names
 * them all. Absent and blank parameters do not filter. Call {@link #throwIfInvalid()} once all are read.
 */
final class QueryParameters {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private static final int MAX_TEXT_LENGTH = 500;

    private final CatalogConfig.Paging paging;
    private final List<FieldProblem> problems = new ArrayList<>();

    QueryParameters(CatalogConfig.Paging paging) {
        this.paging = paging;
    }

    /** A country code: three letters A-Z. */
    String country(String name, String value) {
        if (isAbsent(value)) {
            return null;
        }
        if (!COUNTRY.matcher(value).matches()) {
            return problem(name, "must be a country code of 3 letters A-Z, such as PAK");
        }
        return value;
    }

    /** The counterpart of {@code country}: a country code, only allowed with {@code country}. */
    String counterpart(String country, String value) {
        String counterpart = country("counterpart", value);
        if (counterpart != null && isAbsent(country)) {
            return problem("counterpart", "needs country as well");
        }
        return counterpart;
    }

    /** The {@code from} and {@code to} dates ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}). */
    DateRange dates(String fromValue, String toValue) {
        PartialDate from = date("from", fromValue);
        PartialDate to = date("to", toValue);
        if (from != null && to != null && from.start().isAfter(to.end())) {
            problem("to", "must not be before from");
        }
        LocalDate start = from == null ? null : from.start();
        LocalDate end = to == null ? null : to.end();
        return start == null && end == null ? DateRange.ANY : new DateRange(start, end);
    }

    /** A CAMEO code or root of 2 to 4 digits. */
    String cameo(String value) {
        if (isAbsent(value)) {
            return null;
        }
        return CameoCode.isValid(value) ? value : problem("cameo", "must be a CAMEO code of 2 to 4 digits, such as 04");
    }

    /** The quad class, 1 to 4. */
    Integer quad(String value) {
        if (isAbsent(value)) {
            return null;
        }
        return switch (value) {
            case "1", "2", "3", "4" -> Integer.valueOf(value);
            default -> problem("quad", "must be 1, 2, 3 or 4");
        };
    }

    /** One of a fixed set of values. */
    String oneOf(String name, String value, Set<String> allowed) {
        if (isAbsent(value)) {
            return null;
        }
        return allowed.contains(value) ? value
                : problem(name, "must be one of " + String.join(", ", new TreeSet<>(allowed)));
    }

    /** {@code true} or {@code false}. */
    Boolean flag(String name, String value) {
        if (isAbsent(value)) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> problem(name, "must be true or false");
        };
    }

    /** A full-text query ({@code q}), web-search syntax: words, "quoted phrases", or, -excluded. */
    String text(String value) {
        if (isAbsent(value)) {
            return null;
        }
        return value.length() <= MAX_TEXT_LENGTH ? value.strip()
                : problem("q", "must not be longer than " + MAX_TEXT_LENGTH + " characters");
    }

    /** The page size, 1 to the configured maximum; the configured default when absent. */
    int limit(String value) {
        if (isAbsent(value)) {
            return paging.defaultLimit();
        }
        String range = "must be a whole number from 1 to " + paging.maxLimit();
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= paging.maxLimit()) {
                return limit;
            }
            problem("limit", range);
        } catch (NumberFormatException e) {
            problem("limit", range);
        }
        return paging.defaultLimit();
    }

    /** The position after which the page starts; null for the first page. */
    Keyset cursor(String value) {
        if (isAbsent(value)) {
            return null;
        }
        try {
            return Cursors.decode(value);
        } catch (IllegalArgumentException e) {
            return problem("cursor", "is not a cursor this API issued; pass back a nextCursor unchanged");
        }
    }

    /**
     * Ends reading.
     *
     * @throws InvalidParametersException when any parameter was bad
     */
    void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidParametersException(problems);
        }
    }

    private PartialDate date(String name, String value) {
        if (isAbsent(value)) {
            return null;
        }
        try {
            return PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            return problem(name, "must be a date as YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }

    private <T> T problem(String name, String message) {
        problems.add(new FieldProblem(name, message));
        return null;
    }

    private static boolean isAbsent(String value) {
        return value == null || value.isBlank();
    }
}
