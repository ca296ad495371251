package org.entente.ingest.service.batch;

import java.nio.file.Path;

/**
 * One file part of a batch upload, as the HTTP layer stored it.
 *
 * @param fileName the name the client gave it, or null
 * @param file     where its bytes are
 * @param size     its size in bytes
 */
public record BatchPart(String fileName, Path file, long size) {
}
