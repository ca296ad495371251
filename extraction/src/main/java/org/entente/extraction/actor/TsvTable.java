package org.entente.extraction.actor;

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
 * A dictionary file: tab-separated, a header row naming the columns, {@code #} comment lines and blank lines
 * ignored. Missing trailing cells read as empty.
 */
final class TsvTable {

    /** One data row, read by column name. */
    record Row(TsvTable table, int line, String[] cells) {

        /** The cell of a column, trimmed; empty when the row is shorter. */
        String get(String column) {
            int index = table.column(column);
            return index < cells.length ? cells[index].trim() : "";
        }

        /** The '|'-separated values of a column, without empty ones. */
        List<String> list(String column) {
            String cell = get(column);
            if (cell.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        /** The cell of a column, which must not be empty. */
        String required(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                throw new IllegalStateException(table.name + " line " + line + ": empty " + column);
            }
            return value;
        }
    }

    private final String name;
    private final List<String> header;
    private final List<Row> rows;

    private TsvTable(String name, List<String> header, List<Row> rows) {
        this.name = name;
        this.header = header;
        this.rows = rows;
    }

    /** Reads a dictionary that sits next to this class; the header must hold the expected columns. */
    static TsvTable read(String fileName, String... expectedColumns) {
        try (InputStream in = TsvTable.class.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new IllegalStateException("missing dictionary " + fileName);
            }
            return parse(fileName, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                    expectedColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + fileName, e);
        }
    }

    private static TsvTable parse(String name, BufferedReader reader, String... expectedColumns) throws IOException {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        TsvTable table = null;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = List.of(cells);
                for (String column : expectedColumns) {
                    if (!header.contains(column)) {
                        throw new IllegalStateException(name + ": header lacks column " + column);
                    }
                }
                table = new TsvTable(name, header, rows);
                continue;
            }
            if (cells.length > header.size()) {
                throw new IllegalStateException(name + " line " + number + ": " + cells.length + " cells, header has "
                        + header.size());
            }
            rows.add(new Row(table, number, cells));
        }
        if (table == null) {
            throw new IllegalStateException(name + ": no header row");
        }
        return table;
    }

    List<Row> rows() {
        return rows;
    }

    private int column(String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(name + " has no column " + column);
        }
        return index;
    }
}
