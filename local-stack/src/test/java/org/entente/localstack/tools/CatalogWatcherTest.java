package org.entente.localstack.tools;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogWatcherTest {

    @Test
    void probeStartsWithTheOldestAndSpreadsOverTheRest() {
        List<BenchUpload> waiting = IntStream.range(0, 100).mapToObj(i -> upload("a" + i)).toList();

        assertThat(CatalogWatcher.probe(waiting)).extracting(BenchUpload::articleId)
                .containsExactly("a0", "a25", "a50", "a75");
    }

    @Test
    void aShortListIsProbedWhole() {
        List<BenchUpload> waiting = List.of(upload("x"), upload("y"));

        assertThat(CatalogWatcher.probe(waiting)).extracting(BenchUpload::articleId).containsExactly("x", "y");
        assertThat(CatalogWatcher.probe(List.of())).isEmpty();
    }

    private static BenchUpload upload(String id) {
        return new BenchUpload(id, 1, 0, 0);
    }
}
