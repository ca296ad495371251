package org.entente.ingest.service.parse;

import org.entente.ingest.service.archive.ZipLimits;

import java.time.Duration;
import java.util.List;

/**
 * Limits of one parse.
 *
 * @param timeout       longest time one file may take
 * @param threads       files parsed at the same time
 * @param queue         files waiting for a thread, beyond which parsing is refused as busy
 * @param maxCharacters most characters of text one file may yield
 * @param acceptedTypes media types accepted, with their subtypes
 * @param containers    limits for files that are zip containers (DOCX, ODT), checked before parsing
 */
public record ParseSettings(Duration timeout, int threads, int queue, int maxCharacters, List<String> acceptedTypes, ZipLimits containers) {

    public ParseSettings {
        acceptedTypes = List.copyOf(acceptedTypes);
    }
}
