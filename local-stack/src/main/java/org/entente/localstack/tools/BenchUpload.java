package org.entente.localstack.tools;

/**
 * One article the benchmark uploaded and ingest-service accepted.
 *
 * @param articleId  the article's id
 * @param facts      facts ingest-service extracted from it (events, agreements, trade)
 * @param sentAt     when the upload started ({@link System#nanoTime()})
 * @param acceptedAt when the answer came
 */
public record BenchUpload(String articleId, int facts, long sentAt, long acceptedAt) {
}
