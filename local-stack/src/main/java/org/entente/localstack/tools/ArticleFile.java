package org.entente.localstack.tools;

import java.nio.file.Path;

/**
 * One file to upload.
 *
 * @param path its location
 * @param name the name it is uploaded under: its path relative to the folder, with {@code /}
 * @param size its size in bytes
 */
public record ArticleFile(Path path, String name, long size) {
}
