package org.entente.localstack.tools;

import java.util.List;

/**
 * Rows in PostgreSQL's {@code COPY ... FROM STDIN} text format: columns separated by tabs, {@code \N} for null,
 * backslash, tab and line breaks escaped, arrays written as {@code {"a","b"}}.
 */
public final class CopyText {

    /** The text format's null. */
    public static final String NULL = "\\N";

    private final StringBuilder row = new StringBuilder(128);

    /** Appends a column holding {@code value} (null allowed). */
    public CopyText column(Object value) {
        if (!row.isEmpty()) {
            row.append('\t');
        }
        if (value == null) {
            row.append(NULL);
        } else {
            escape(value.toString(), row);
        }
        return this;
    }

    /** Appends a {@code text[]} column. */
    public CopyText array(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return column(literal.append('}'));
    }

    /** The row with its line break; the builder is empty again afterwards. */
    public String line() {
        String line = row.append('\n').toString();
        row.setLength(0);
        return line;
    }

    private static void escape(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
