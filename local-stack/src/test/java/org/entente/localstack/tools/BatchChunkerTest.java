package org.entente.localstack.tools;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class BatchChunkerTest {

    @Test
    void batchesHoldAtMostMaxFilesAndKeepTheOrder() {
        List<ArticleFile> files = IntStream.range(0, 7).mapToObj(i -> file("a" + i, 10)).toList();

        List<List<ArticleFile>> chunks = new BatchChunker(3, 1_000).chunks(files);

        assertThat(chunks).extracting(List::size).containsExactly(3, 3, 1);
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(files);
    }

    @Test
    void batchesStayWithinTheByteLimit() {
        List<ArticleFile> files = List.of(file("a", 40), file("b", 40), file("c", 30), file("d", 90));

        List<List<ArticleFile>> chunks = new BatchChunker(100, 100).chunks(files);

        assertThat(chunks).extracting(c -> c.stream().mapToLong(ArticleFile::size).sum())
                .containsExactly(80L, 30L, 90L);
    }

    @Test
    void aFileLargerThanTheLimitGoesAloneIntoItsOwnBatch() {
        List<ArticleFile> files = List.of(file("small", 10), file("huge", 500), file("after", 10));

        List<List<ArticleFile>> chunks = new BatchChunker(100, 100).chunks(files);

        assertThat(chunks).extracting(c -> c.stream().map(ArticleFile::name).toList())
                .containsExactly(List.of("small"), List.of("huge"), List.of("after"));
    }

    @Test
    void noFilesGiveNoBatch() {
        assertThat(BatchChunker.DEFAULT.chunks(List.of())).isEmpty();
    }

    private static ArticleFile file(String name, long size) {
        return new ArticleFile(Path.of(name), name, size);
    }
}
