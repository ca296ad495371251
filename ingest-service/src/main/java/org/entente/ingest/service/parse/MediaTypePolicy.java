package org.entente.ingest.service.parse;

import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

import java.util.List;

/** Which detected media types are parsed: the configured ones and their subtypes in Tika's type hierarchy. */
final class MediaTypePolicy {

    private final MediaTypeRegistry registry;
    private final List<MediaType> accepted;

    MediaTypePolicy(MediaTypeRegistry registry, List<String> acceptedTypes) {
        this.registry = registry;
        this.accepted = acceptedTypes.stream().map(MediaType::parse).map(registry::normalize).toList();
    }

    /** Whether a file of this type is parsed. */
    boolean accepts(MediaType type) {
        MediaType normalised = registry.normalize(type.getBaseType());
        return accepted.stream().anyMatch(a -> registry.isInstanceOf(normalised, a));
    }

    /** Whether files of this type are zip containers (DOCX, ODT, EPUB) to be inspected before parsing. */
    boolean isZipContainer(MediaType type) {
        return registry.isInstanceOf(registry.normalize(type.getBaseType()), MediaType.APPLICATION_ZIP);
    }
}
