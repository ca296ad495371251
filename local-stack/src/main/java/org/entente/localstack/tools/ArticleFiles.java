package org.entente.localstack.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Finds the articles of a folder: its files with an article extension, in every subfolder, by path. */
public final class ArticleFiles {

    /** The extensions taken, lower case. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm", "pdf", "docx", "md");

    private ArticleFiles() {
    }

    /**
     * The articles below the folder, sorted by relative path; hidden files and folders (name starting with a dot)
     * are skipped.
     */
    public static List<ArticleFile> in(Path folder) throws IOException {
        List<ArticleFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                Path relative = folder.relativize(path);
                if (!isHidden(relative) && isArticle(path)) {
                    files.add(new ArticleFile(path, relative.toString().replace('\\', '/'), Files.size(path)));
                }
            }
        }
        return files;
    }

    /** Whether the file name has one of the {@link #EXTENSIONS}, in any case. */
    public static boolean isArticle(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
