package org.entente.localstack.tools;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleFilesTest {

    @TempDir
    Path folder;

    @Test
    void findsArticlesInSubfoldersByExtensionAndSkipsHiddenAndOtherFiles() throws IOException {
        write("b.txt");
        write("a/deep/c.PDF");
        write("a/x.docx");
        write("page.htm");
        write("notes.md");
        write("image.png");
        write(".hidden.txt");
        write(".git/config.txt");

        assertThat(ArticleFiles.in(folder)).extracting(ArticleFile::name)
                .containsExactly("a/deep/c.PDF", "a/x.docx", "b.txt", "notes.md", "page.htm");
    }

    private void write(String name) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "text of " + name);
    }
}
