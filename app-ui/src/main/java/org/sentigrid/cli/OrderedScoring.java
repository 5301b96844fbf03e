package org.sentigrid.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.sentigrid.grid.BatchFailedException;
import org.sentigrid.text.TextUnit;

/**
 * Scores units through a {@link ChunkScorer} and hands the results on in input order. Units are
 * gathered into chunks; once more chunks are in flight than the scorer allows, the oldest is awaited
 * and handed on. So memory stays bounded whatever the input size, and the reading thread keeps
 * reading while chunks are scored. A chunk the grid could not score is reported, and the rest go on.
 */
final class OrderedScoring implements AutoCloseable {
    /** Where results go, in input order, on the thread that calls {@link #add} and {@link #finish}. */
    interface Results {
        void accept(ScoredUnit result) throws IOException;

        /** A chunk that could not be scored (grid only): its units are left out, with the reason. */
        default void failed(List<TextUnit> units, String reason) {
            throw new IllegalStateException(reason);
        }
    }

    private final ChunkScorer scorer;
    private final Results results;
    private final Deque<InFlight> inFlight = new ArrayDeque<>();
    private List<TextUnit> chunk = new ArrayList<>();
    private long chunkChars;

    OrderedScoring(ChunkScorer scorer, Results results) {
        this.scorer = scorer;
        this.results = results;
    }

    void add(TextUnit unit) throws IOException {
        chunk.add(unit);
        chunkChars += unit.text().length();
        if (chunk.size() >= scorer.chunkUnits() || chunkChars >= scorer.chunkChars()) {
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
        scorer.close();
    }

    private void submitChunk() throws IOException {
        if (chunk.isEmpty()) {
            return;
        }
        List<TextUnit> units = chunk;
        chunk = new ArrayList<>();
        chunkChars = 0;
        inFlight.add(new InFlight(units, scorer.submit(units)));
        while (inFlight.size() > scorer.maxChunksInFlight()) {
            handOnOldest();
        }
    }

    private void handOnOldest() throws IOException {
        InFlight oldest = inFlight.remove();
        List<ScoredUnit> scored;
        try {
            scored = oldest.result.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BatchFailedException failed) {
                results.failed(oldest.units, failed.getMessage());
                return;
            }
            // In-process scoring throws only unchecked exceptions: rethrow what the scorer threw.
            if (cause instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) cause;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring", e);
        }
        for (ScoredUnit result : scored) {
            results.accept(result);
        }
    }

    private record InFlight(List<TextUnit> units, Future<List<ScoredUnit>> result) {
    }
}
