package org.entente.extraction.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads JSON Lines files: one JSON object a line, blank lines skipped. */
public final class JsonLines {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLines() {
    }

    public static List<JsonNode> read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Parses JSON Lines text.
     *
     * @param origin a name for error messages
     * @throws IllegalArgumentException naming the line that is not JSON
     */
    public static List<JsonNode> parse(String text, String origin) {
        List<JsonNode> rows = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                rows.add(MAPPER.readTree(line));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(origin + ":" + (i + 1) + ": not JSON: " + e.getOriginalMessage());
            }
        }
        return rows;
    }
}
