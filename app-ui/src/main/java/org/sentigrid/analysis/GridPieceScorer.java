package org.sentigrid.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.api.grid.Batch;
import org.sentigrid.api.grid.BatchResult;
import org.sentigrid.api.grid.JobSettings;
import org.sentigrid.api.grid.Region;
import org.sentigrid.api.grid.RegionResult;
import org.sentigrid.format.ScoredUnit;
import org.sentigrid.grid.GridServer;
import org.sentigrid.text.TextUnit;

/**
 * Scores one job's chunks, as batches, and its regions on the grid's workers; one chunk or region is one
 * piece. Each piece goes to the coordinator listening when it is sent: a window may move its grid to another
 * address mid-job (the pieces the old one held fail, and are reported).
 */
public final class GridPieceScorer implements PieceScorer {
    private final Supplier<GridServer> grid;
    private final long jobId;
    private final JobSettings settings;
    private final double threshold;

    public GridPieceScorer(Supplier<GridServer> grid, long jobId, JobSettings settings, double threshold) {
        this.grid = grid;
        this.jobId = jobId;
        this.settings = settings;
        this.threshold = threshold;
    }

    @Override
    public CompletableFuture<ScoredUnits> submit(List<TextUnit> chunk) {
        List<String> texts = chunk.stream().map(TextUnit::text).toList();
        return grid.get().<BatchResult>submit(batchId -> Batch.of(jobId, batchId, settings, texts))
                .thenApply(scored -> new ScoredUnits(scored(chunk, scored.result()), scored.worker()));
    }

    @Override
    public CompletableFuture<ScoredRegion> submitRegion(LongFunction<Region> region) {
        return grid.get().<RegionResult>submit(region).thenApply(scored -> new ScoredRegion(scored.result(), scored.worker()));
    }

    private List<ScoredUnit> scored(List<TextUnit> chunk, BatchResult result) {
        List<ScoredUnit> scored = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            SentimentScores scores = result.unit(i);
            scored.add(new ScoredUnit(chunk.get(i), scores, scores.label(threshold), null));
        }
        return scored;
    }

    @Override
    public int chunkUnits() {
        return grid.get().suggestedBatchUnits();
    }

    @Override
    public int chunkChars() {
        return 4 * 1024 * 1024;
    }

    @Override
    public int maxPiecesInFlight() {
        // With workers that may join: enough for every worker thread to hold one piece and fetch the next,
        // and for the others to keep scoring while a slower machine holds the oldest (results are written in
        // order). No more: every piece in flight, its region and its records, is live data the collector
        // copies. Six for a coordinator and one remote thread measured best: 16 made the coordinator's
        // collector take 0.55 s of the scale-out job instead of 0.2 (docs/PERFORMANCE.md). On this process's
        // threads alone, two a thread, as --in-process.
        GridServer now = grid.get();
        return now.listening() ? now.piecesInFlight(3, 6) : now.piecesInFlight(2, 2);
    }

    @Override
    public void close() {
        grid.get().cancel(jobId);
    }
}
