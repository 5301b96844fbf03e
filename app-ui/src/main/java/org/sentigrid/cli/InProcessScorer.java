package org.sentigrid.cli;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.sentigrid.text.TextUnit;

/** Scores chunks on a fixed pool of this process's threads: the no-grid baseline ({@code --in-process}). */
final class InProcessScorer implements ChunkScorer {
    private final Function<TextUnit, ScoredUnit> scorer;
    private final ExecutorService pool;
    private final int threads;

    InProcessScorer(Function<TextUnit, ScoredUnit> scorer, int threads) {
        this.scorer = scorer;
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
