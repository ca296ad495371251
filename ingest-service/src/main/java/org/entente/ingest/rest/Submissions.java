package org.entente.ingest.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.entente.ingest.config.IngestConfig;
import org.entente.ingest.service.ArticleContent;
import org.entente.ingest.service.ArticleMetadata;
import org.entente.ingest.service.ArticleSubmission;
import org.entente.ingest.service.InputRejectedException;
import org.entente.ingest.service.Rejection;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads the three forms of an upload (text with query parameters, a multipart form, JSON) into one
 * {@link ArticleSubmission}, checking the fields the same way for all three.
 */
@ApplicationScoped
public class Submissions {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX_TITLE = 500;
    private static final int MAX_URL = 2000;
    private static final int MAX_SOURCE = 200;

    private final long maxArticleSize;

    public Submissions(IngestConfig config) {
        this.maxArticleSize = config.maxArticleSize().asLongValue();
    }

    /**
     * A {@code text/plain} body with metadata in query parameters.
     *
     * @param body the body's bytes
     * @param type the body's media type, whose {@code charset} (UTF-8 when absent) decodes it
     */
    public ArticleSubmission fromText(byte[] body, MediaType type, String title, String url, String published,
                                      String source) {
        ArticleMetadata metadata = metadata(title, url, published, source);
        byte[] bytes = body == null ? new byte[0] : body;
        requireWithinLimit(bytes.length);
        return new ArticleSubmission(metadata, new ArticleContent.Text(new String(bytes, charset(type))));
    }

    /** A multipart form with one {@code file} part. */
    public ArticleSubmission fromForm(ArticleForm form) {
        ArticleMetadata metadata = metadata(form.title, form.url, form.published, form.source);
        if (form.files == null || form.files.size() != 1) {
            throw new InputRejectedException(Rejection.INVALID_PARAMETER, "file",
                    "Send exactly one multipart part named 'file' holding the article.");
        }
        FileUpload file = form.files.get(0);
        requireWithinLimit(file.size());
        try {
            return new ArticleSubmission(metadata, new ArticleContent.File(file.fileName(),
                    Files.readAllBytes(file.uploadedFile())));
        } catch (IOException e) {
            throw new UncheckedIOException("reading an uploaded part", e);
        }
    }

    /** A JSON body. */
    public ArticleSubmission fromJson(ArticleJson json) {
        if (json == null) {
            throw new InputRejectedException(Rejection.EMPTY_TEXT, "The request has no body.");
        }
        ArticleMetadata metadata = metadata(json.title(), json.url(), json.published(), json.source());
        if (json.text() == null) {
            throw new InputRejectedException(Rejection.EMPTY_TEXT, "text", "The JSON body needs a 'text' property.");
        }
        requireWithinLimit(json.text().length());
        return new ArticleSubmission(metadata, new ArticleContent.Text(json.text()));
    }

    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) { // an illegal or unsupported charset name
            throw new InputRejectedException(Rejection.UNSUPPORTED_MEDIA_TYPE,
                    "The charset '" + name + "' is not supported; send UTF-8.");
        }
    }

    private static ArticleMetadata metadata(String title, String url, String published, String source) {
        return new ArticleMetadata(bounded("title", title, MAX_TITLE), bounded("url", url, MAX_URL),
                bounded("source", source, MAX_SOURCE), date(published));
    }

    private static String bounded(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > maxLength) {
            throw new InputRejectedException(Rejection.INVALID_PARAMETER, field,
                    "'" + field + "' is longer than " + maxLength + " characters.");
        }
        return clean;
    }

    private static LocalDate date(String published) {
        if (published == null || published.isBlank()) {
            return null;
        }
        String value = published.strip();
        if (!ISO_DATE.matcher(value).matches()) {
            throw invalidDate();
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalidDate(); // shaped like a date but no calendar day, such as 2024-02-30
        }
    }

    private static InputRejectedException invalidDate() {
        return new InputRejectedException(Rejection.INVALID_PARAMETER, "published",
                "'published' must be a date written YYYY-MM-DD, such as 2024-05-17.");
    }

    /** Bodies sent without a Content-Length get past the early size check; measure them here. */
    private void requireWithinLimit(long size) {
        if (size > maxArticleSize) {
            throw new InputRejectedException(Rejection.TOO_LARGE,
                    "The article is larger than " + maxArticleSize + " bytes, the limit of this endpoint.");
        }
    }
}
