package org.entente.ingest.service;

import java.util.Objects;

/** The body of an upload: text the client already extracted, or a file to parse. */
public sealed interface ArticleContent {

    /** Plain text, used as it is. */
    record Text(String text) implements ArticleContent {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A file (text, HTML, PDF, DOCX, ...) whose type is detected from its content.
     *
     * @param fileName the name the client gave it, or null
     * @param bytes    its content
     */
    record File(String fileName, byte[] bytes) implements ArticleContent {
        public File {
            Objects.requireNonNull(bytes, "bytes");
        }
    }
}
