package org.entente.ingest.service.parse;

import org.entente.ingest.service.InputRejectedException;
import org.entente.ingest.service.Rejection;
import org.entente.ingest.service.archive.ZipLimits;
import org.entente.ingest.testing.TestDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.ingest.testing.TestDocuments.utf8;

class DocumentParserTest {

    static final List<String> ACCEPTED = List.of("text/plain", "application/xml", "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
            "application/vnd.oasis.opendocument.text", "application/rtf");
    static final ZipLimits ZIP_LIMITS = new ZipLimits(1000, 50_000_000, 100, 1_000_000);

    static DocumentParser parser;

    @BeforeAll
    static void startParser() {
        parser = DocumentParser.withTika(new ParseSettings(Duration.ofSeconds(30), 2, 4, 100_000, ACCEPTED,
                ZIP_LIMITS));
    }

    @AfterAll
    static void stopParser() {
        parser.close();
    }

    @Test
    void plainTextKeepsItsWords() {
        ParsedDocument doc = parser.parse("note.txt", utf8("Pakistan and Iraq signed a memorandum.\n"));

        assertThat(doc.text()).contains("Pakistan and Iraq signed a memorandum.");
        assertThat(doc.mediaType()).isEqualTo("text/plain");
    }

    @Test
    void htmlPageYieldsBodyTextTitleAndPublicationDate() {
        String html = """
                <!DOCTYPE html><html><head><title>Talks in Baghdad</title>
                <meta property="article:published_time" content="2023-04-02T10:00:00Z">
                <script>var tracking = "should not appear";</script></head>
                <body><h1>Talks</h1><p>The foreign ministers met in Baghdad on Monday.</p></body></html>""";

        ParsedDocument doc = parser.parse("page.html", utf8(html));

        assertThat(doc.mediaType()).isEqualTo("text/html");
        assertThat(doc.text()).contains("The foreign ministers met in Baghdad on Monday.").doesNotContain("tracking");
        assertThat(doc.title()).isEqualTo("Talks in Baghdad");
        assertThat(doc.published()).isEqualTo(LocalDate.of(2023, 4, 2));
    }

    @Test
    void pdfYieldsItsText() {
        ParsedDocument doc = parser.parse("paper.pdf", TestDocuments.pdf("Iraq exported oil to Pakistan in 2019."));

        assertThat(doc.mediaType()).isEqualTo("application/pdf");
        assertThat(doc.text()).contains("Iraq exported oil to Pakistan in 2019.");
    }

    @Test
    void docxYieldsItsTextAndTitle() {
        byte[] docx = TestDocuments.docx("Trade report", "Bilateral trade reached $1 billion.", "Second paragraph.");

        ParsedDocument doc = parser.parse("report.docx", docx);

        assertThat(doc.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(doc.text()).contains("Bilateral trade reached $1 billion.").contains("Second paragraph.");
        assertThat(doc.title()).isEqualTo("Trade report");
    }

    @Test
    void typeIsDetectedFromTheContentNotTheFileName() {
        ParsedDocument doc = parser.parse("innocent.txt", TestDocuments.pdf("A PDF in disguise."));

        assertThat(doc.mediaType()).isEqualTo("application/pdf");
        assertThat(doc.text()).contains("A PDF in disguise.");
    }

    @Test
    void encryptedPdfIsRefusedAsEncrypted() {
        assertRejected("secret.pdf", TestDocuments.encryptedPdf("Classified."), Rejection.ENCRYPTED_DOCUMENT);
    }

    @Test
    void corruptDocxIsRefusedAsUnreadable() {
        assertRejected("broken.docx", TestDocuments.corruptDocx(), Rejection.UNREADABLE_DOCUMENT);
    }

    @Test
    void truncatedPdfIsRefusedAsUnreadable() {
        byte[] pdf = TestDocuments.pdf("Cut short.");
        byte[] truncated = java.util.Arrays.copyOf(pdf, pdf.length / 3);

        assertRejected("cut.pdf", truncated, Rejection.UNREADABLE_DOCUMENT);
    }

    @Test
    void docxThatInflatesFarBeyondItsSizeIsRefusedAsTooComplex() {
        byte[] bomb = TestDocuments.docxBomb(20_000_000);

        assertThat(bomb.length).isLessThan(200_000);
        assertRejected("bomb.docx", bomb, Rejection.DOCUMENT_TOO_COMPLEX);
    }

    @Test
    void imageIsRefusedAsUnsupported() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertRejected("photo.png", png, Rejection.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void zipArchiveIsRefusedAsUnsupportedForOneArticle() {
        byte[] zip = TestDocuments.zip(Map.of("a.txt", utf8("text")));

        assertRejected("articles.zip", zip, Rejection.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void emptyFileIsRefused() {
        assertRejected("empty.txt", new byte[0], Rejection.EMPTY_TEXT);
    }

    @Test
    void textBeyondTheCharacterLimitIsRefused() {
        String longText = "word ".repeat(30_000);

        assertRejected("long.txt", utf8(longText), Rejection.DOCUMENT_TOO_COMPLEX);
    }

    @Test
    void xmlExternalEntitiesAreNotResolved(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-MARKER");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE article [<!ENTITY leak SYSTEM \"" + secret.toUri()
                + "\">]>\n<article><p>Visible text.</p><p>&leak;</p></article>";

        ParsedDocument doc = parser.parse("article.xml", utf8(xml));

        assertThat(doc.text()).contains("Visible text.").doesNotContain("TOP-SECRET-MARKER");
    }

    private static void assertRejected(String name, byte[] content, Rejection rejection) {
        assertThatThrownBy(() -> parser.parse(name, content))
                .isInstanceOfSatisfying(InputRejectedException.class,
                        e -> assertThat(e.rejection()).isEqualTo(rejection));
    }
}
