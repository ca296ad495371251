package org.entente.extraction;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article to extract facts from: its plain text (already out of HTML, PDF or DOCX) and what is known
 * about it from outside the text.
 *
 * @param name              a name for the article (file name, title or id); used in messages only
 * @param text              the article's text as parsed, before normalisation
 * @param published         publication date given by the caller (request, manifest), or null
 * @param metadataPublished publication date found in the file's metadata by the parser, or null
 * @param title             title when known, or null
 * @param url               address when known, or null
 */
public record Document(String name, String text, LocalDate published, LocalDate metadataPublished,
                       String title, String url) {

    public Document {
        Objects.requireNonNull(text, "text");
    }

    /** A document known only by its name and text. */
    public static Document of(String name, String text) {
        return new Document(name, text, null, null, null, null);
    }

    /** A document with a publication date given by the caller. */
    public static Document of(String name, String text, LocalDate published) {
        return new Document(name, text, published, null, null, null);
    }
}
