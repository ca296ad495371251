package org.entente.ingest.testing;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Builds the files the tests upload: real PDFs (PDFBox) and DOCX files (POI), broken and hostile ones, zips. */
public final class TestDocuments {

    private TestDocuments() {
    }

    /** A one-page PDF holding the given lines. */
    public static byte[] pdf(String... lines) {
        try (PDDocument doc = pdfDocument(lines); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that opens only with a user password. */
    public static byte[] encryptedPdf(String... lines) {
        try (PDDocument doc = pdfDocument(lines); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDDocument pdfDocument(String... lines) throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            content.setLeading(14);
            content.newLineAtOffset(50, 700);
            for (String line : lines) {
                content.showText(line);
                content.newLine();
            }
            content.endText();
        }
        return doc;
    }

    /** A DOCX file with one paragraph per line, and the given title in its properties. */
    public static byte[] docx(String title, String... paragraphs) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(title);
            for (String text : paragraphs) {
                doc.createParagraph().createRun().setText(text);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX whose package is intact but whose main document is not well-formed XML. */
    public static byte[] corruptDocx() {
        Map<String, byte[]> entries = entries(docx("Broken", "This paragraph will not survive."));
        entries.put("word/document.xml", "<w:document><w:body><w:p>unclosed".getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    /**
     * A DOCX whose main document inflates to {@code inflatedBytes} (padding in an XML comment) from a few kilobytes:
     * a decompression bomb.
     */
    public static byte[] docxBomb(int inflatedBytes) {
        Map<String, byte[]> entries = entries(docx("Bomb", "Innocent-looking paragraph."));
        byte[] document = entries.get("word/document.xml");
        String xml = new String(document, StandardCharsets.UTF_8);
        int root = xml.indexOf("<w:body>");
        byte[] padding = new byte[inflatedBytes];
        Arrays.fill(padding, (byte) ' ');
        ByteArrayOutputStream bomb = new ByteArrayOutputStream(inflatedBytes + document.length);
        bomb.writeBytes(xml.substring(0, root).getBytes(StandardCharsets.UTF_8));
        bomb.writeBytes("<!--".getBytes(StandardCharsets.UTF_8));
        bomb.writeBytes(padding);
        bomb.writeBytes("-->".getBytes(StandardCharsets.UTF_8));
        bomb.writeBytes(xml.substring(root).getBytes(StandardCharsets.UTF_8));
        entries.put("word/document.xml", bomb.toByteArray());
        return zip(entries);
    }

    /** A zip archive with the given entries, in order. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A zip archive of one entry of {@code size} zero bytes, which compresses about a thousandfold. */
    public static byte[] zipBomb(String entryName, int size) {
        return zip(Map.of(entryName, new byte[size]));
    }

    /** The entries of a zip archive, in order. */
    public static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** UTF-8 bytes. */
    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
