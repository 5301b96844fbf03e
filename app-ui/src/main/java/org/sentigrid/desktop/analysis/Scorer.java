package org.sentigrid.desktop.analysis;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sentigrid.api.grid.JobSettings;

/** Where a job's batches are scored: the grid of the running app. Thread-safe. */
public interface Scorer {
    /** Queues texts as one batch of a job; completes with their scores and the worker that made them. */
    CompletableFuture<ScoredTexts> submit(long jobId, JobSettings settings, List<String> texts);

    /** Drops the job's unfinished batches. */
    void cancel(long jobId);

    /** Units a batch should hold now. */
    int batchUnits();

    /** Batches that may be in flight at once. */
    int batchesInFlight();
}
