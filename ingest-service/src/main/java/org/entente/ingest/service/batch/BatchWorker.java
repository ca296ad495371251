package org.entente.ingest.service.batch;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.entente.ingest.service.ParserBusyException;
import org.jboss.logging.Logger;

/**
 * Processes pending batch files in the background, oldest first, every {@code entente.ingest.batch.poll-interval}.
 * Because files are stored before they are processed, a restart loses nothing: pending files are picked up again.
 */
@ApplicationScoped
public class BatchWorker {

    private static final Logger LOG = Logger.getLogger(BatchWorker.class);
    private static final int ROUND = 100;

    private final BatchFileProcessor processor;

    public BatchWorker(BatchFileProcessor processor) {
        this.processor = processor;
    }

    @Scheduled(every = "${entente.ingest.batch.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void work() {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (long id : processor.pendingIds(ROUND)) {
                Step step = processOne(id);
                if (step == Step.PARSER_BUSY) {
                    return;
                }
                progress |= step == Step.DONE;
            }
        }
    }

    private enum Step { DONE, TAKEN_ELSEWHERE, PARSER_BUSY }

    private Step processOne(long id) {
        try {
            return processor.process(id) ? Step.DONE : Step.TAKEN_ELSEWHERE;
        } catch (ParserBusyException e) {
            return Step.PARSER_BUSY;
        } catch (RuntimeException e) {
            // A bulkhead, not a silent catch: one file that breaks the server's code must not stall the whole queue
            // (it would be retried forever). It is logged in full and reported as failed on the job.
            LOG.errorf(e, "batch file %d could not be processed", id);
            processor.fail(id, "The file could not be processed because of an error on the server.");
            return Step.DONE;
        }
    }
}
