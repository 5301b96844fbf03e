package org.sentigrid.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.sentigrid.text.TextUnit;

/**
 * Scores units on a small pool of threads and hands the results on in input order. Units are
 * gathered into chunks; each chunk is scored as one task, and once more than two chunks per thread
 * are in flight the oldest is awaited and handed on. So memory stays bounded whatever the input size,
 * and the reading thread keeps reading while the pool scores.
 */
final class OrderedScoring implements AutoCloseable {
    /** Where results go, in input order, on the thread that calls {@link #add} and {@link #finish}. */
    interface Results {
        void accept(ScoredUnit result) throws IOException;
    }

    private static final int CHUNK_UNITS = 256;
    private static final int CHUNK_CHARS = 64 * 1024;

    private final Function<TextUnit, ScoredUnit> scorer;
    private final Results results;
    private final ExecutorService pool;
    private final int maxChunksInFlight;
    private final Deque<Future<List<ScoredUnit>>> inFlight = new ArrayDeque<>();
    private List<TextUnit> chunk = new ArrayList<>();
    private long chunkChars;

    OrderedScoring(Function<TextUnit, ScoredUnit> scorer, Results results, int threads) {
        this.scorer = scorer;
        this.results = results;
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "sentigrid-scorer");
            thread.setDaemon(true);
            return thread;
        });
        this.maxChunksInFlight = 2 * threads;
    }

    void add(TextUnit unit) throws IOException {
        chunk.add(unit);
        chunkChars += unit.text().length();
        if (chunk.size() >= CHUNK_UNITS || chunkChars >= CHUNK_CHARS) {
            submitChunk();
        }
    }

    /** Scores what is left and hands on every remaining result. */
    void finish() throws IOException {
        submitChunk();
        while (!inFlight.isEmpty()) {
            handOnOldest();
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private void submitChunk() throws IOException {
        if (chunk.isEmpty()) {
            return;
        }
        List<TextUnit> units = chunk;
        chunk = new ArrayList<>();
        chunkChars = 0;
        inFlight.add(pool.submit(() -> units.stream().map(scorer).toList()));
        while (inFlight.size() > maxChunksInFlight) {
            handOnOldest();
        }
    }

    private void handOnOldest() throws IOException {
        for (ScoredUnit result : await(inFlight.remove())) {
            results.accept(result);
        }
    }

    private static List<ScoredUnit> await(Future<List<ScoredUnit>> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            // A scoring task throws only unchecked exceptions: rethrow what the scorer threw.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring", e);
        }
    }
}
