package org.entente.localstack.tools;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code GET /api/jobs/{id}} of ingest-service says about a batch.
 *
 * @param id         the job's id
 * @param done       whether no file is pending any more
 * @param total      files in the batch (entries of a zip counted one by one)
 * @param processed  files no longer pending
 * @param accepted   files ingested as new articles
 * @param duplicate  files whose text was ingested before
 * @param failed     files refused
 * @param events     events extracted from the accepted files
 * @param agreements agreement facts extracted
 * @param trade      trade figures extracted
 * @param failures   the failed files with their reasons
 */
public record JobReport(String id, boolean done, int total, int processed, int accepted, int duplicate, int failed,
                        int events, int agreements, int trade, List<FileFailure> failures) {

    /** Reads the job's JSON. */
    public static JobReport of(JsonNode job) {
        List<FileFailure> failures = new ArrayList<>();
        for (JsonNode file : job.path("files")) {
            if ("failed".equals(file.path("state").asText())) {
                failures.add(new FileFailure(file.path("name").asText("?"), file.path("reason").asText("no reason given")));
            }
        }
        JsonNode facts = job.path("facts");
        return new JobReport(job.path("id").asText(), "done".equals(job.path("state").asText()),
                job.path("total").asInt(), job.path("processed").asInt(), job.path("accepted").asInt(),
                job.path("duplicate").asInt(), job.path("failed").asInt(), facts.path("events").asInt(),
                facts.path("agreements").asInt(), facts.path("trade").asInt(), List.copyOf(failures));
    }
}
