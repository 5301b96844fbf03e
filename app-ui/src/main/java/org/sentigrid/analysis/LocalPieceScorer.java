package org.sentigrid.analysis;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.sentigrid.api.grid.Region;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.format.RegionRecords;
import org.sentigrid.format.ScoredUnit;
import org.sentigrid.text.TextUnit;

/**
 * Scores one job's pieces on a fixed pool of this process's threads, without the grid: {@code analyze
 * --in-process}, and the window when its grid cannot start.
 */
public final class LocalPieceScorer implements PieceScorer {
    /** The worker that scored a piece, for people. */
    public static final String WORKER_NAME = "this process";

    private final Function<TextUnit, ScoredUnit> scorer;
    private final SentimentAnalyzer analyzer;
    private final ExecutorService pool;
    private final int threads;
    private final Set<CompletableFuture<?>> unfinished = ConcurrentHashMap.newKeySet();

    /** @param analyzer what regions are scored with ({@code scorer} scores units with it too) */
    public LocalPieceScorer(Function<TextUnit, ScoredUnit> scorer, SentimentAnalyzer analyzer, int threads) {
        this.scorer = scorer;
        this.analyzer = analyzer;
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "sentigrid-scorer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Scores units with {@code analyzer} and labels them by {@code threshold}, on as many threads as there are cores. */
    public static LocalPieceScorer of(SentimentAnalyzer analyzer, double threshold) {
        UnitScorer units = new UnitScorer(analyzer, threshold, false);
        return new LocalPieceScorer(units::score, analyzer, Runtime.getRuntime().availableProcessors());
    }

    @Override
    public CompletableFuture<ScoredUnits> submit(List<TextUnit> chunk) {
        return run(() -> new ScoredUnits(chunk.stream().map(scorer).toList(), WORKER_NAME));
    }

    /** Regions are scored exactly as a worker scores them, so in-process and grid output are the same bytes. */
    @Override
    public CompletableFuture<ScoredRegion> submitRegion(LongFunction<Region> region) {
        return run(() -> new ScoredRegion(RegionRecords.score(region.apply(0), analyzer, () -> false), WORKER_NAME));
    }

    private <T> CompletableFuture<T> run(Supplier<T> piece) {
        CompletableFuture<T> result = CompletableFuture.supplyAsync(piece, pool);
        unfinished.add(result);
        result.whenComplete((done, failure) -> unfinished.remove(result));
        return result;
    }

    @Override
    public int chunkUnits() {
        return 256;
    }

    @Override
    public int chunkChars() {
        return 64 * 1024;
    }

    @Override
    public int maxPiecesInFlight() {
        return 2 * threads;
    }

    /** Pieces not started are dropped; those being scored finish within milliseconds and are ignored. */
    @Override
    public void close() {
        pool.shutdownNow();
        unfinished.forEach(piece -> piece.cancel(false));
    }
}
