package org.entente.extraction.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the engine's dictionaries: UTF-8 tab-separated resources with a header row, {@code #} comment lines and
 * blank lines ignored. A dictionary that is missing or malformed is a packaging defect, so reading fails loudly
 * with the resource name and line number instead of yielding a partial dictionary.
 */
public final class Tsv {

    private Tsv() {
    }

    /**
     * The data rows of a dictionary.
     *
     * @param owner    class whose package holds the resource
     * @param name     resource name relative to that package, e.g. {@code abbreviations.tsv}
     * @param columns  the expected header; every data row must have this many fields (trailing empty fields may
     *                 be left out)
     * @return rows in file order, each with exactly {@code columns.length} fields, trimmed
     */
    public static List<String[]> read(Class<?> owner, String name, String... columns) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("dictionary not found: " + owner.getPackageName() + "/" + name);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name, columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + name, e);
        }
    }

    private static List<String[]> parse(BufferedReader reader, String name, String[] columns) throws IOException {
        List<String[]> rows = new ArrayList<>();
        boolean headerSeen = false;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (!headerSeen) {
                if (!Arrays.equals(trimAll(fields), columns)) {
                    throw new IllegalStateException(name + ":" + lineNumber + ": header must be "
                            + String.join("<tab>", columns));
                }
                headerSeen = true;
                continue;
            }
            if (fields.length > columns.length) {
                throw new IllegalStateException(name + ":" + lineNumber + ": " + fields.length + " fields, expected "
                        + columns.length);
            }
            rows.add(trimAll(Arrays.copyOf(fields, columns.length)));
        }
        if (!headerSeen) {
            throw new IllegalStateException(name + ": no header row");
        }
        return rows;
    }

    private static String[] trimAll(String[] fields) {
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i] == null ? "" : fields[i].trim();
        }
        return fields;
    }
}
