package org.entente.extraction.normalize;

import java.util.List;

/**
 * Turns an article's parsed text into the normalised text that every later stage reads and every evidence offset
 * refers to.
 *
 * <p>What it removes: footnote markers (superscripts, {@code [12]}, {@code [citation needed]}, digits glued to a
 * word), footnote link blocks and numbered citations, reference sections ({@code References}, {@code See also},
 * {@code External links}, {@code Notes} ...), infoboxes and image lines, boilerplate lines ({@code Short Url},
 * disclaimers, share, cookie and subscription notices, social handles), reader-comment sections, running page
 * headers and page numbers, web and e-mail addresses, markdown and wiki markup, leftover HTML, invisible characters.
 *
 * <p>What it mends: words hyphenated at a line or page end, hard-wrapped lines, paragraphs split by a page break or a
 * footnote block, escaped characters ({@code \$} → {@code $}), HTML character references, ligatures
 * ({@code ﬁ} → {@code fi}), odd spaces.
 *
 * <p>The layout of its output: paragraphs are separated by one blank line; within a paragraph each list item
 * (bullets become {@code • }, numbers are kept) and each standalone line (a byline, an address line) is a line of
 * its own; headings ({@code == History ==} → {@code History}) are paragraphs of their own. Prose never contains a
 * line break. There are no tabs, no runs of spaces, no leading or trailing spaces on a line.
 *
 * <p>Thread-safe; its dictionaries are loaded once and shared by all instances.
 */
public final class Normaliser {

    private static final class Dictionaries {
        static final CharacterCleaner CHARACTERS = new CharacterCleaner(HtmlEntities.load());
        static final LineClassifier CLASSIFIER = new LineClassifier(Boilerplate.load());
        static final Apparatus APPARATUS = Apparatus.load();
        static final ParagraphBuilder PARAGRAPHS = ParagraphBuilder.load();
    }

    /** A normaliser with the built-in dictionaries. */
    public Normaliser() {
        // dictionaries are static and loaded on first use
    }

    /**
     * The normalised text of a parsed article.
     *
     * @param raw the article's text as parsed from its file
     * @return the normalised text, possibly empty
     */
    public String normalise(String raw) {
        String document = Dictionaries.CHARACTERS.clean(raw);
        return build(document, Dictionaries.CLASSIFIER.classify(document));
    }

    /**
     * The normalised text and the reader-comment section of a parsed article, in one pass: what
     * {@link #normalise} and {@link #commentSection} return, for the price of one of them.
     *
     * @param raw the article's text as parsed from its file
     */
    public Normalised normaliseWithComments(String raw) {
        String document = Dictionaries.CHARACTERS.clean(raw);
        List<Line> lines = Dictionaries.CLASSIFIER.classify(document);
        return new Normalised(build(document, lines), commentSection(document, lines));
    }

    private static String build(String document, List<Line> classified) {
        List<Line> lines = Dictionaries.APPARATUS.remove(classified);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!line.isBlank()) {
                lines.set(i, line.withText(InlineCleaner.clean(line.text())));
            }
        }
        return Dictionaries.PARAGRAPHS.build(lines, document);
    }

    /**
     * The reader-comment section that {@link #normalise} drops from an article ({@code One thought on ...},
     * {@code Leave a Reply}, {@code 12 comments} and everything after it), with its characters cleaned but its
     * layout as parsed; empty when the article has none. Later stages read it for what the article itself does not
     * say, such as the date of the first comment.
     *
     * @param raw the article's text as parsed from its file
     */
    public String commentSection(String raw) {
        String document = Dictionaries.CHARACTERS.clean(raw);
        return commentSection(document, Dictionaries.CLASSIFIER.classify(document));
    }

    private static String commentSection(String document, List<Line> lines) {
        int start = Apparatus.commentSectionStart(lines);
        return start < 0 ? "" : document.substring(lines.get(start).offset());
    }
}
