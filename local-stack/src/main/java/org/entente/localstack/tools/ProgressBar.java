package org.entente.localstack.tools;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The progress of an upload on standard error: on a terminal one line redrawn in place ({@code \r}); otherwise a
 * plain line at most every {@code interval} seconds, so logs stay readable.
 */
public final class ProgressBar {

    private static final int BAR_WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final double linesIntervalSeconds;
    private double lastLineAt = Double.NEGATIVE_INFINITY;
    private int lastWidth;

    /**
     * @param err                  where to draw
     * @param terminal             whether {@code err} is a terminal
     * @param linesIntervalSeconds on a non-terminal, the least time between two lines
     */
    public ProgressBar(PrintStream err, boolean terminal, double linesIntervalSeconds) {
        this.err = err;
        this.terminal = terminal;
        this.linesIntervalSeconds = linesIntervalSeconds;
    }

    /**
     * One line of progress, e.g. {@code [#########.....................]  30% 150/500 files  accepted 140
     * duplicates 5  failed 5  12.0 s}.
     */
    public static String render(Tally tally, double elapsedSeconds) {
        int total = tally.total();
        double fraction = total == 0 ? 0 : Math.min(1.0, (double) tally.processed() / total);
        int filled = (int) Math.floor(fraction * BAR_WIDTH);
        return String.format(Locale.ROOT, "[%s%s] %3d%% %d/%d files  accepted %d  duplicates %d  failed %d  %.1f s",
                "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), (int) Math.floor(fraction * 100),
                tally.processed(), total, tally.accepted(), tally.duplicate(), tally.failed(), elapsedSeconds);
    }

    /** Shows the progress: redrawn on a terminal, printed when due otherwise. */
    public void show(Tally tally, double elapsedSeconds) {
        String line = render(tally, elapsedSeconds);
        if (terminal) {
            err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
            lastWidth = line.length();
            err.flush();
        } else if (elapsedSeconds - lastLineAt >= linesIntervalSeconds) {
            err.println(line);
            lastLineAt = elapsedSeconds;
        }
    }

    /** Shows the final state and ends the line. */
    public void finish(Tally tally, double elapsedSeconds) {
        if (terminal) {
            show(tally, elapsedSeconds);
            err.println();
        } else {
            err.println(render(tally, elapsedSeconds));
        }
        err.flush();
    }
}
