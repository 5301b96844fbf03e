package org.sentigrid.desktop.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.api.grid.BatchResult;
import org.sentigrid.api.grid.JobSettings;
import org.sentigrid.engine.SentimentAnalyzer;

/**
 * Scores batches on this process's threads: what the app falls back to when its grid cannot start
 * (say, no free port), so the user can still work. Results are the same numbers as a worker's.
 */
public final class InProcessScorer implements Scorer {
    public static final String WORKER_NAME = "this process";

    private final Executor executor;

    public InProcessScorer(Executor executor) {
        this.executor = executor;
    }

    @Override
    public CompletableFuture<ScoredTexts> submit(long jobId, JobSettings settings, List<String> texts) {
        return CompletableFuture.supplyAsync(() -> {
            SentimentAnalyzer analyzer = SentimentAnalyzer.of(settings);
            List<SentimentScores> scores = new ArrayList<>(texts.size());
            texts.forEach(text -> scores.add(analyzer.score(text)));
            return new ScoredTexts(BatchResult.of(jobId, 0, scores), WORKER_NAME);
        }, executor);
    }

    @Override
    public void cancel(long jobId) {
        // Batches in hand finish within milliseconds; the job ignores them.
    }

    @Override
    public int batchUnits() {
        return 2_000;
    }

    @Override
    public int batchesInFlight() {
        return Runtime.getRuntime().availableProcessors();
    }
}
