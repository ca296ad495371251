package org.entente.ingest.service.archive;

import org.entente.ingest.testing.TestDocuments;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.ingest.testing.TestDocuments.utf8;

class ZipArchiveReaderTest {

    private static final ZipLimits LIMITS = new ZipLimits(10, 10_000_000, 100, 100_000);

    @Test
    void entriesAreReadInOrderAndDirectoriesSkipped() throws ZipLimitException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("articles/", new byte[0]);
        entries.put("articles/one.txt", utf8("first"));
        entries.put("articles/two.txt", utf8("second"));

        List<ZipEntryContent> read = read(TestDocuments.zip(entries), LIMITS, 1000);

        assertThat(read).extracting(ZipEntryContent::name).containsExactly("articles/one.txt", "articles/two.txt");
        assertThat(new String(read.get(1).content())).isEqualTo("second");
    }

    @Test
    void entryLargerThanTheEntryLimitComesWithoutContent() throws ZipLimitException {
        List<ZipEntryContent> read = read(TestDocuments.zip(Map.of("big.txt", utf8("x".repeat(5000)))), LIMITS, 1000);

        assertThat(read).singleElement().satisfies(entry -> {
            assertThat(entry.oversized()).isTrue();
            assertThat(entry.size()).isEqualTo(5000);
        });
    }

    @Test
    void entryClimbingOutOfTheArchiveIsRefused() {
        byte[] zip = TestDocuments.zip(Map.of("../../etc/cron.d/evil", utf8("* * * * * root true")));

        assertRefused(zip, LIMITS, ZipLimitException.Kind.PATH_TRAVERSAL);
    }

    @Test
    void absoluteEntryNamesAreRefused() {
        assertRefused(TestDocuments.zip(Map.of("/etc/passwd", utf8("x"))), LIMITS,
                ZipLimitException.Kind.PATH_TRAVERSAL);
        assertRefused(TestDocuments.zip(Map.of("C:\\Windows\\evil.txt", utf8("x"))), LIMITS,
                ZipLimitException.Kind.PATH_TRAVERSAL);
    }

    @Test
    void dotsInsideNamesAreNotTraversal() throws ZipLimitException {
        List<ZipEntryContent> read = read(TestDocuments.zip(Map.of("notes..final/v1..2.txt", utf8("ok"))), LIMITS,
                1000);

        assertThat(read).extracting(ZipEntryContent::name).containsExactly("notes..final/v1..2.txt");
    }

    @Test
    void highlyCompressedArchiveIsRefusedAsZipBomb() {
        byte[] bomb = TestDocuments.zipBomb("zeros.txt", 20_000_000);

        assertThat(bomb.length).isLessThan(100_000);
        assertRefused(bomb, LIMITS, ZipLimitException.Kind.COMPRESSION_RATIO);
    }

    @Test
    void archiveInflatingPastItsSizeLimitIsRefused() {
        ZipLimits small = new ZipLimits(10, 1000, 1_000_000, 0);

        assertRefused(TestDocuments.zip(Map.of("a.txt", utf8("y".repeat(2000)))), small,
                ZipLimitException.Kind.TOO_LARGE);
    }

    @Test
    void archiveWithMoreEntriesThanAllowedIsRefused() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            entries.put("file" + i + ".txt", utf8("text " + i));
        }

        assertRefused(TestDocuments.zip(entries), LIMITS, ZipLimitException.Kind.TOO_MANY_ENTRIES);
    }

    @Test
    void inspectionInflatesWithoutKeepingContent() throws ZipLimitException {
        new ZipArchiveReader(LIMITS).inspect(TestDocuments.zip(Map.of("a.txt", utf8("fine"))));

        assertThatThrownBy(() -> new ZipArchiveReader(LIMITS).inspect(TestDocuments.zipBomb("z", 20_000_000)))
                .isInstanceOfSatisfying(ZipLimitException.class,
                        e -> assertThat(e.kind()).isEqualTo(ZipLimitException.Kind.COMPRESSION_RATIO));
    }

    @Test
    void truncatedArchiveIsMalformed() {
        byte[] zip = TestDocuments.zip(Map.of("a.txt", utf8("some text that is long enough ".repeat(50))));
        byte[] truncated = java.util.Arrays.copyOf(zip, zip.length / 2);

        assertRefused(truncated, LIMITS, ZipLimitException.Kind.MALFORMED);
    }

    private static List<ZipEntryContent> read(byte[] zip, ZipLimits limits, long maxEntrySize)
            throws ZipLimitException {
        List<ZipEntryContent> read = new ArrayList<>();
        new ZipArchiveReader(limits).forEachEntry(new ByteArrayInputStream(zip), zip.length, maxEntrySize, read::add);
        return read;
    }

    private static void assertRefused(byte[] zip, ZipLimits limits, ZipLimitException.Kind kind) {
        assertThatThrownBy(() -> read(zip, limits, Long.MAX_VALUE))
                .isInstanceOfSatisfying(ZipLimitException.class, e -> assertThat(e.kind()).isEqualTo(kind));
    }
}
