package org.entente.ingest.service.parse;

import java.time.LocalDate;

/**
 * The text of an uploaded file and what its metadata says about it.
 *
 * @param text      the plain text, as the parser produced it (not yet normalised)
 * @param mediaType the detected media type, without parameters ({@code application/pdf})
 * @param title     the title in the file's metadata, or null
 * @param published the publication or creation date in the file's metadata, or null
 */
public record ParsedDocument(String text, String mediaType, String title, LocalDate published) {
}
