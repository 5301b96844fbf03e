package org.sentigrid.cli;

import org.sentigrid.format.ScoredUnit;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.LongFunction;
import org.sentigrid.api.grid.Region;
import org.sentigrid.api.grid.RegionResult;
import org.sentigrid.text.TextUnit;

/**
 * Scores a chunk of units, or a region of a source, somewhere (on this process's threads, or on the
 * grid) and hands back the results in order. {@link OrderedScoring} asks it how large chunks should be and how many
 * may be in flight.
 */
interface ChunkScorer extends AutoCloseable {
    Future<List<ScoredUnit>> submit(List<TextUnit> chunk);

    /** Splits, scores and formats the region {@code region} builds with the batch id it is given. */
    Future<RegionResult> submitRegion(LongFunction<Region> region);

    /** Units a chunk should hold at most, now. */
    int chunkUnits();

    /** Characters a chunk should hold at most. */
    int chunkChars();

    /** Chunks that may be scored at once before the oldest is awaited (bounds memory). */
    int maxChunksInFlight();

    @Override
    void close();
}
