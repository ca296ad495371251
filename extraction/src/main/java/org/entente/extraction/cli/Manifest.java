package org.entente.extraction.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.extraction.eval.JsonLines;

/**
 * Publication dates of articles by file name, from a JSON Lines manifest
 * ({@code {"doc": "a.txt", "published": "2024-02-03"}} a line; {@code published} may be null, a year or a month).
 */
public final class Manifest {

    private final Map<String, LocalDate> published;

    private Manifest(Map<String, LocalDate> published) {
        this.published = published;
    }

    public static Manifest empty() {
        return new Manifest(Map.of());
    }

    public static Manifest read(Path file) {
        Map<String, LocalDate> dates = new HashMap<>();
        for (JsonNode row : JsonLines.read(file)) {
            JsonNode doc = row.get("doc");
            JsonNode date = row.get("published");
            if (doc == null || doc.isNull()) {
                throw new IllegalArgumentException(file + ": a line without \"doc\"");
            }
            if (date != null && !date.isNull()) {
                dates.put(doc.asText(), parse(date.asText(), file));
            }
        }
        return new Manifest(dates);
    }

    /** The publication date of a doc, or null when the manifest gives none. */
    public LocalDate published(String doc) {
        return published.get(doc);
    }

    /** A full date; a month or a year alone stands for its first day, which only matters for relative dates. */
    private static LocalDate parse(String value, Path file) {
        try {
            return switch (value.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(value), 1, 1);
                case 7 -> LocalDate.parse(value + "-01");
                default -> LocalDate.parse(value.substring(0, Math.min(10, value.length())));
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(file + ": not a date: " + value);
        }
    }
}
