package org.entente.localstack.tools;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./entente ingest DIR|ZIP}: uploads a folder or zip of articles to a running ingest-service through its batch
 * API, in batches within the service's limits, follows the jobs with a progress bar on standard error and prints a
 * summary on standard output.
 *
 * <p>A batch the service refuses as a whole (413: over its limits) is split in two and sent again, down to single
 * files, so one file never costs the others. Files the service already holds come back as duplicates. The exit
 * code is 0 when no file failed, 1 when some did, 2 on a usage or connection error.
 */
public final class IngestCommand {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration STALL_TIMEOUT = Duration.ofMinutes(10);

    private final IngestOptions options;
    private final IngestClient client;
    private final BatchChunker chunker;
    private final ProgressBar progress;
    private final PrintStream out;
    private final Duration stallTimeout;

    /**
     * @param options      what to upload and where
     * @param chunker      the batch limits
     * @param progress     where progress is drawn
     * @param out          where the summary goes
     * @param stallTimeout how long the jobs may make no progress before the command gives up
     */
    public IngestCommand(IngestOptions options, BatchChunker chunker, ProgressBar progress, PrintStream out,
                         Duration stallTimeout) {
        this.options = options;
        this.client = new IngestClient(options.url(), options.apiKey());
        this.chunker = chunker;
        this.progress = progress;
        this.out = out;
        this.stallTimeout = stallTimeout;
    }

    /** Entry point; see {@link IngestOptions#USAGE}. The repository is the system property {@code entente.repo}. */
    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /**
     * Runs the command and returns its exit code; errors are printed as one line on {@code err}.
     *
     * @param environment the environment: {@code ENTENTE_INGEST_URL}, {@code ENTENTE_API_KEY}, and
     *                    {@code ENTENTE_STDERR_TTY=1} when standard error is a terminal
     */
    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            out.print(IngestOptions.USAGE);
            return 0;
        }
        try {
            Path repo = Path.of(System.getProperty("entente.repo", "")).toAbsolutePath();
            IngestOptions options = IngestOptions.parse(List.of(args), environment, repo);
            boolean terminal = "1".equals(environment.get("ENTENTE_STDERR_TTY"));
            return new IngestCommand(options, BatchChunker.DEFAULT, new ProgressBar(err, terminal, 5), out,
                    STALL_TIMEOUT).run();
        } catch (UsageException e) {
            err.println("entente ingest: " + e.getMessage());
            err.print(IngestOptions.USAGE);
            return 2;
        } catch (ServiceUnreachableException e) {
            err.println();
            err.println("entente ingest: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("entente ingest: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("entente ingest: interrupted");
            return 2;
        }
    }

    /** Uploads, waits until every file is processed, prints the summary and returns the exit code. */
    public int run() throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<ArticleFile> files = filesOf(options.source());
        Deque<List<ArticleFile>> pending = new ArrayDeque<>(chunker.chunks(files));
        Map<String, JobReport> jobs = new LinkedHashMap<>();
        List<FileFailure> refused = new ArrayList<>();
        int knownTotal = isZip(options.source()) ? 0 : files.size();
        while (!pending.isEmpty()) {
            List<ArticleFile> batch = pending.pop();
            IngestClient.Submission submission;
            try {
                submission = client.submit(batch);
            } catch (FileNotFoundException e) {
                batch.forEach(file -> refused.add(new FileFailure(file.name(), "could not be read: " + e.getMessage())));
                continue;
            }
            if (!submission.refused()) {
                jobs.put(submission.job().id(), submission.job());
            } else if (submission.status() == 413 && batch.size() > 1) {
                pending.push(batch.subList(batch.size() / 2, batch.size()));
                pending.push(batch.subList(0, batch.size() / 2));
            } else {
                batch.forEach(file -> refused.add(new FileFailure(file.name(), submission.problem())));
            }
            refresh(jobs);
            progress.show(Tally.of(jobs.values(), refused).withTotal(knownTotal), seconds(start));
        }
        awaitJobs(jobs, refused, knownTotal, start);
        Tally tally = Tally.of(jobs.values(), refused);
        progress.finish(tally, seconds(start));
        out.print(IngestSummary.format(options.source().toString(), tally, jobs.size(), seconds(start)));
        out.flush();
        return IngestSummary.exitCode(tally);
    }

    private void awaitJobs(Map<String, JobReport> jobs, List<FileFailure> refused, int knownTotal, long start)
            throws InterruptedException {
        int lastProcessed = -1;
        long lastChange = System.nanoTime();
        while (jobs.values().stream().anyMatch(job -> !job.done())) {
            Thread.sleep(POLL_INTERVAL.toMillis());
            refresh(jobs);
            Tally tally = Tally.of(jobs.values(), refused).withTotal(knownTotal);
            progress.show(tally, seconds(start));
            if (tally.processed() != lastProcessed) {
                lastProcessed = tally.processed();
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > stallTimeout.toNanos()) {
                throw new ServiceUnreachableException("no file was processed for " + stallTimeout.toSeconds()
                        + " s (" + tally.processed() + " of " + tally.total() + " done); see ingest-service's log");
            }
        }
    }

    private void refresh(Map<String, JobReport> jobs) throws InterruptedException {
        for (Map.Entry<String, JobReport> entry : jobs.entrySet()) {
            if (!entry.getValue().done()) {
                entry.setValue(client.job(entry.getKey()));
            }
        }
    }

    private static List<ArticleFile> filesOf(Path source) throws IOException {
        if (Files.isDirectory(source)) {
            List<ArticleFile> files = ArticleFiles.in(source);
            if (files.isEmpty()) {
                throw new UsageException("no articles in " + source + " (looked for "
                        + String.join(", ", ArticleFiles.EXTENSIONS.stream().sorted().map(e -> "." + e).toList())
                        + ")");
            }
            return files;
        }
        if (!isZip(source) && !ArticleFiles.isArticle(source)) {
            throw new UsageException(source + " is neither a folder, a .zip nor an article file");
        }
        return List.of(new ArticleFile(source, source.getFileName().toString(), Files.size(source)));
    }

    private static boolean isZip(Path source) {
        return Files.isRegularFile(source)
                && source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
