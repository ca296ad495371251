package org.entente.localstack.tools;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Counts over the jobs of an upload, plus the files refused before any job took them.
 *
 * @param total      files known so far
 * @param processed  files no longer pending
 * @param accepted   files ingested as new articles
 * @param duplicate  files ingested before
 * @param failed     files not ingested
 * @param events     events extracted
 * @param agreements agreement facts extracted
 * @param trade      trade figures extracted
 * @param failures   every failed file with its reason, in upload order
 */
public record Tally(int total, int processed, int accepted, int duplicate, int failed, int events, int agreements,
                    int trade, List<FileFailure> failures) {

    /**
     * Adds the jobs up.
     *
     * @param jobs    the latest report of each job, in upload order
     * @param refused files whose batch the service refused as a whole, with the reason
     */
    public static Tally of(Collection<JobReport> jobs, List<FileFailure> refused) {
        int total = refused.size();
        int processed = refused.size();
        int accepted = 0;
        int duplicate = 0;
        int failed = refused.size();
        int events = 0;
        int agreements = 0;
        int trade = 0;
        List<FileFailure> failures = new ArrayList<>();
        for (JobReport job : jobs) {
            total += job.total();
            processed += job.processed();
            accepted += job.accepted();
            duplicate += job.duplicate();
            failed += job.failed();
            events += job.events();
            agreements += job.agreements();
            trade += job.trade();
            failures.addAll(job.failures());
        }
        failures.addAll(refused);
        return new Tally(total, processed, accepted, duplicate, failed, events, agreements, trade,
                List.copyOf(failures));
    }

    /** With another total, when more files are known than the jobs so far hold. */
    public Tally withTotal(int knownTotal) {
        return new Tally(Math.max(total, knownTotal), processed, accepted, duplicate, failed, events, agreements,
                trade, failures);
    }
}
