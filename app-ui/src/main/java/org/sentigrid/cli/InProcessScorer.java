package org.sentigrid.cli;

import org.sentigrid.format.ScoredUnit;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.sentigrid.api.grid.Region;
import org.sentigrid.api.grid.RegionResult;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.format.RegionRecords;
import org.sentigrid.text.TextUnit;

/** Scores chunks on a fixed pool of this process's threads: the no-grid baseline ({@code --in-process}). */
final class InProcessScorer implements ChunkScorer {
    private final Function<TextUnit, ScoredUnit> scorer;
    private final SentimentAnalyzer analyzer;
    private final ExecutorService pool;
    private final int threads;

    /** @param analyzer what regions are scored with ({@code scorer} scores units with it too) */
    InProcessScorer(Function<TextUnit, ScoredUnit> scorer, SentimentAnalyzer analyzer, int threads) {
        this.scorer = scorer;
        this.analyzer = analyzer;
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "sentigrid-scorer");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public Future<List<ScoredUnit>> submit(List<TextUnit> chunk) {
        return pool.submit(() -> chunk.stream().map(scorer).toList());
    }

    /** Regions are scored exactly as a worker scores them, so in-process and grid output are the same bytes. */
    @Override
    public Future<RegionResult> submitRegion(LongFunction<Region> region) {
        return pool.submit(() -> RegionRecords.score(region.apply(0), analyzer, () -> false));
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
    public int maxChunksInFlight() {
        return 2 * threads;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
