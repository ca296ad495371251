package org.entente.localstack.tools;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body of files, each a part named {@code file}, streamed from disk with a known
 * length.
 */
final class MultipartBody {

    private final String boundary = "entente-" + UUID.randomUUID();
    private final BodyPublisher publisher;

    /** @throws FileNotFoundException when a file is gone */
    MultipartBody(List<ArticleFile> files) throws FileNotFoundException {
        List<BodyPublisher> parts = new ArrayList<>();
        for (ArticleFile file : files) {
            parts.add(BodyPublishers.ofString("--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"file\"; filename=\"" + quoted(file.name()) + "\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n", StandardCharsets.UTF_8));
            parts.add(BodyPublishers.ofFile(file.path()));
            parts.add(BodyPublishers.ofString("\r\n"));
        }
        parts.add(BodyPublishers.ofString("--" + boundary + "--\r\n"));
        this.publisher = BodyPublishers.concat(parts.toArray(BodyPublisher[]::new));
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    BodyPublisher publisher() {
        return publisher;
    }

    /** A file name inside the quotes of a header: quotes, backslashes and line breaks escaped. */
    static String quoted(String name) {
        return name.replace("\\", "%5C").replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
