package org.entente.extraction.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's root (the directory that holds {@code samples/}) from a module's working directory. */
public final class RepoPaths {

    private RepoPaths() {
    }

    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("samples/articles"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no samples/articles above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
