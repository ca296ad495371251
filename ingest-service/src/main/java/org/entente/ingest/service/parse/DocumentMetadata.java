package org.entente.ingest.service.parse;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a title and a publication date from what a parser found in a file's metadata. */
final class DocumentMetadata {

    /** HTML {@code <meta>} names that carry an article's publication date, most specific first. */
    private static final List<String> HTML_DATE_NAMES =
            List.of("article:published_time", "datePublished", "pubdate", "DC.date", "date");
    private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    private static final int MAX_TITLE_LENGTH = 500;

    private DocumentMetadata() {
    }

    /** The document's title, or null when the metadata has none. */
    static String title(Metadata metadata) {
        String title = metadata.get(TikaCoreProperties.TITLE);
        if (title == null || title.isBlank()) {
            return null;
        }
        String clean = title.strip().replaceAll("\\s+", " ");
        return clean.length() > MAX_TITLE_LENGTH ? clean.substring(0, MAX_TITLE_LENGTH) : clean;
    }

    /** The publication date an HTML page declares, else the file's creation date, else null. */
    static LocalDate published(Metadata metadata) {
        for (String name : HTML_DATE_NAMES) {
            LocalDate date = isoDay(metadata.get(name));
            if (date != null) {
                return date;
            }
        }
        Date created = metadata.getDate(TikaCoreProperties.CREATED);
        return created == null ? null : LocalDate.ofInstant(created.toInstant(), ZoneOffset.UTC);
    }

    private static LocalDate isoDay(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DAY.matcher(value);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
