package org.sentigrid.analysis;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;
import org.sentigrid.api.grid.Region;
import org.sentigrid.text.TextUnit;

/**
 * Where one job's pieces are scored (on this process's threads, or on the grid), each handed back with the
 * name of the worker that scored it. A piece is a chunk of units or a region of a source. {@link
 * OrderedScoring} asks it how large chunks should be and how many pieces may be in flight. Closing it
 * drops the job's unfinished pieces: their futures complete cancelled.
 */
public interface PieceScorer extends AutoCloseable {
    CompletableFuture<ScoredUnits> submit(List<TextUnit> chunk);

    /** Splits, scores and formats the region {@code region} builds with the batch id it is given. */
    CompletableFuture<ScoredRegion> submitRegion(LongFunction<Region> region);

    /** Units a chunk should hold at most, now. */
    int chunkUnits();

    /** Characters a chunk should hold at most. */
    int chunkChars();

    /** Pieces that may be scored at once before the oldest is awaited (bounds memory). */
    int maxPiecesInFlight();

    @Override
    void close();
}
