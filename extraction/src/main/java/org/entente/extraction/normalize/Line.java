package org.entente.extraction.normalize;

/**
 * One line of a document while it is being normalised.
 *
 * @param text   the line's text: trimmed; for a heading its title, for a bulleted item the text after the bullet
 * @param kind   what the line is
 * @param level  heading level (1 for {@code = x =} or {@code # x}), 0 for a heading known only by its text
 * @param number the leading number of a numbered item, reference or citation, or -1
 * @param offset the line's position in the cleaned document
 */
record Line(String text, Kind kind, int level, int number, int offset) {

    /** Kinds of line. */
    enum Kind {
        BLANK,
        /** a line of apparatus that was removed: blank for the layout, but a paragraph may run on across it */
        REMOVED,
        /** prose, or a line whose role is not known */
        TEXT,
        HEADING,
        /** a numbered list item (text keeps its number) */
        NUMBERED_ITEM,
        /** a bulleted list item (text without the bullet) */
        BULLET_ITEM,
        /** a footnote link: a line of addresses, possibly numbered ({@code 12. <https://...>}) */
        REFERENCE,
        /** a numbered bibliographic note ({@code 15. Khan (2020) Title, p. 5}) */
        CITATION,
        /** a note introduced by an asterisk or dagger ({@code * Senior researcher ...}) */
        NOTE,
        /** the start of an infobox */
        INFOBOX,
        /** boilerplate, page numbers, images, rules: to be dropped */
        DROP,
        /** the start of a reader-comment section */
        TAIL
    }

    Line as(Kind newKind) {
        return new Line(text, newKind, level, number, offset);
    }

    Line withText(String newText) {
        return new Line(newText, kind, level, number, offset);
    }

    boolean isBlank() {
        return kind == Kind.BLANK || kind == Kind.REMOVED;
    }

    boolean isItem() {
        return kind == Kind.NUMBERED_ITEM || kind == Kind.BULLET_ITEM;
    }
}
