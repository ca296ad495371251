package org.entente.localstack.tools;

import java.util.Locale;

/** The summary printed on standard output once every file of an upload was processed. */
public final class IngestSummary {

    private IngestSummary() {
    }

    /**
     * The summary, e.g.
     * <pre>
     * Uploaded /data/articles: 3 files in 1 batch, 2.4 s
     *   accepted     1
     *   duplicates   1
     *   failed       1
     *     photo.png: The file type image/png is not supported.
     *   facts        events 4, agreements 1, trade 2
     * </pre>
     */
    public static String format(String source, Tally tally, int batches, double elapsedSeconds) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Uploaded %s: %d file%s in %d batch%s, %.1f s%n", source,
                tally.total(), tally.total() == 1 ? "" : "s", batches, batches == 1 ? "" : "es", elapsedSeconds));
        text.append(String.format(Locale.ROOT, "  accepted     %d%n", tally.accepted()));
        text.append(String.format(Locale.ROOT, "  duplicates   %d%n", tally.duplicate()));
        text.append(String.format(Locale.ROOT, "  failed       %d%n", tally.failed()));
        for (FileFailure failure : tally.failures()) {
            text.append("    ").append(failure.name()).append(": ").append(failure.reason()).append(System.lineSeparator());
        }
        text.append(String.format(Locale.ROOT, "  facts        events %d, agreements %d, trade %d%n", tally.events(),
                tally.agreements(), tally.trade()));
        return text.toString();
    }

    /** 0 when no file failed, 1 otherwise. */
    public static int exitCode(Tally tally) {
        return tally.failed() == 0 ? 0 : 1;
    }
}
