package org.entente.ingest.bench;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample corpus ({@code -Dentente.bench.corpus=DIR}, default {@code ../samples/articles}) as the files a client
 * uploads: the plain text itself, and the same text as HTML, PDF and DOCX.
 */
final class CorpusFiles {

    static final String DIRECTORY_PROPERTY = "entente.bench.corpus";
    private static final int LINE_WIDTH = 95;
    private static final int LINES_PER_PAGE = 60;

    private CorpusFiles() {
    }

    static List<String> texts() {
        Path dir = Path.of(System.getProperty(DIRECTORY_PROPERTY, "../samples/articles"));
        try (Stream<Path> files = Files.list(dir)) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
            if (texts.isEmpty()) {
                throw new IllegalStateException("no .txt articles in " + dir.toAbsolutePath());
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] html(String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Article</title></head><body>");
        for (String paragraph : text.split("\\n\\s*\\n")) {
            html.append("<p>").append(paragraph.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : text.split("\\n\\s*\\n")) {
                doc.createParagraph().createRun().setText(paragraph.replace('\n', ' '));
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text laid out in lines and pages, with the characters the standard PDF fonts lack replaced by '?'. */
    static byte[] pdf(String text) {
        List<String> lines = wrap(text);
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int first = 0; first < lines.size(); first += LINES_PER_PAGE) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.setLeading(11.5f);
                    content.newLineAtOffset(40, 750);
                    for (String line : lines.subList(first, Math.min(lines.size(), first + LINES_PER_PAGE))) {
                        content.showText(encodable(font, line));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                if (line.length() + word.length() + 1 > LINE_WIDTH && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() == 0 ? "" : " ").append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static String encodable(PDType1Font font, String line) {
        StringBuilder out = new StringBuilder(line.length());
        line.codePoints().forEach(c -> {
            String ch = new String(Character.toChars(c));
            out.append(canEncode(font, ch) ? ch : "?");
        });
        return out.toString();
    }

    private static boolean canEncode(PDType1Font font, String ch) {
        try {
            font.encode(ch);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
