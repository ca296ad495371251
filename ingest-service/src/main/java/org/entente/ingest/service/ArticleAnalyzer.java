package org.entente.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.entente.extraction.Document;
import org.entente.extraction.Extraction;
import org.entente.extraction.Extractor;
import org.entente.ingest.service.parse.DocumentParser;
import org.entente.ingest.service.parse.ParsedDocument;

/**
 * Parses an upload and extracts its facts; stores nothing. Shared by ingestion, batch jobs and
 * {@code POST /api/extract}, so that all three see the same text and the same id.
 */
@ApplicationScoped
public class ArticleAnalyzer {

    private static final String PLAIN_TEXT = "text/plain";

    private final DocumentParser parser;
    private final Extractor extractor;

    public ArticleAnalyzer(DocumentParser parser, Extractor extractor) {
        this.parser = parser;
        this.extractor = extractor;
    }

    /**
     * @throws InputRejectedException when the upload holds no text or its file cannot be parsed
     * @throws ParserBusyException    when the parser has no room for the file now
     */
    public AnalyzedArticle analyze(ArticleSubmission submission) {
        ArticleMetadata meta = submission.metadata();
        ParsedDocument parsed = parse(submission.content());
        if (parsed.text().isBlank()) {
            throw new InputRejectedException(Rejection.EMPTY_TEXT, "The article holds no text.");
        }
        String title = meta.title() != null ? meta.title() : parsed.title();
        String name = title != null ? title : nameOf(submission.content());
        Extraction extraction = extractor.extract(
                new Document(name, parsed.text(), meta.published(), parsed.published(), title, meta.url()));
        if (extraction.text().isBlank()) {
            throw new InputRejectedException(Rejection.EMPTY_TEXT, "The article holds no text.");
        }
        return new AnalyzedArticle(Sha256.hex(extraction.text()), title, meta.url(), meta.source(),
                parsed.mediaType(), extraction);
    }

    private ParsedDocument parse(ArticleContent content) {
        if (content instanceof ArticleContent.File file) {
            return parser.parse(file.fileName(), file.bytes());
        }
        return new ParsedDocument(((ArticleContent.Text) content).text(), PLAIN_TEXT, null, null);
    }

    private static String nameOf(ArticleContent content) {
        return content instanceof ArticleContent.File file && file.fileName() != null ? file.fileName() : "article";
    }
}
