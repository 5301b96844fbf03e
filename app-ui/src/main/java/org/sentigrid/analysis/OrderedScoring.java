package org.sentigrid.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.LongFunction;
import org.sentigrid.api.grid.Region;
import org.sentigrid.api.grid.RegionResult;
import org.sentigrid.format.RegionRecords;
import org.sentigrid.format.ScoredUnit;
import org.sentigrid.grid.BatchFailedException;
import org.sentigrid.text.TextUnit;

/**
 * Scores units and regions through a {@link PieceScorer} and hands the results on in input order.
 * Units are gathered into chunks; a region is one piece of work of its own. Once more are in flight
 * than the scorer allows, the oldest is awaited and handed on. So memory stays bounded whatever the
 * input size, and the reading thread keeps reading while work is scored. Work the grid could not
 * score is reported, and the rest goes on.
 */
public final class OrderedScoring implements AutoCloseable {
    /** Where results go, in input order, on the thread that calls {@link #add}, {@link #addRegion} and {@link #drain}. */
    public interface Results {
        /** A chunk's results, in order, and the worker that scored them. */
        void accept(List<ScoredUnit> chunk, String worker) throws IOException;

        /**
         * A region's formatted records, the first numbered one more than the units its source had so
         * far; the region's bytes hold the texts the records leave out. {@code worker} made them.
         */
        void accept(SourceUnits source, Region region, RegionResult records, String worker) throws IOException;

        /**
         * Work that could not be scored (grid only): {@code units} units of {@code source} from {@code
         * firstUnit} on are left out, with the reason. The units after them keep their numbers.
         */
        void failed(String source, long firstUnit, int units, String reason);
    }

    /** How many units of one reading of a source were handed on so far; regions number their units from it. */
    public static final class SourceUnits {
        public final String name;
        public long units;

        public SourceUnits(String name) {
            this.name = name;
        }
    }

    private final PieceScorer scorer;
    private final Results results;
    private final Deque<InFlight> inFlight = new ArrayDeque<>();
    private List<TextUnit> chunk = new ArrayList<>();
    private long chunkChars;

    public OrderedScoring(PieceScorer scorer, Results results) {
        this.scorer = scorer;
        this.results = results;
    }

    public void add(TextUnit unit) throws IOException {
        chunk.add(unit);
        chunkChars += unit.text().length();
        if (chunk.size() >= scorer.chunkUnits() || chunkChars >= scorer.chunkChars()) {
            submitChunk();
        }
    }

    /** Scores a region of {@code source}, built by {@code region} with the batch id it is given. */
    public void addRegion(SourceUnits source, LongFunction<Region> region) throws IOException {
        submitChunk();
        submit(new RegionInFlight(source, region, scorer.submitRegion(region)));
    }

    /** Work that is already done (say, results read back from a journal), handed on in its turn. */
    @FunctionalInterface
    public interface Done {
        void handOn() throws IOException;
    }

    /** Hands {@code done} on after everything added before it. */
    public void addDone(Done done) throws IOException {
        submitChunk();
        submit(new InFlight() {
            @Override
            public void handOn() throws IOException {
                done.handOn();
            }

            @Override
            public void failed(String reason) {
                throw new IllegalStateException("done work cannot fail");
            }
        });
    }

    /** Scores what is left and hands on every result so far (so a source's unit count is known, or the run is done). */
    public void drain() throws IOException {
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
        submit(new ChunkInFlight(units, scorer.submit(units)));
    }

    private void submit(InFlight work) throws IOException {
        inFlight.add(work);
        while (inFlight.size() > scorer.maxPiecesInFlight()) {
            handOnOldest();
        }
    }

    private void handOnOldest() throws IOException {
        InFlight oldest = inFlight.remove();
        try {
            oldest.handOn();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BatchFailedException failed) {
                oldest.failed(failed.getMessage());
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
    }

    private interface InFlight {
        void handOn() throws IOException, ExecutionException, InterruptedException;

        void failed(String reason);
    }

    private final class ChunkInFlight implements InFlight {
        private final List<TextUnit> units;
        private final Future<ScoredUnits> result;

        ChunkInFlight(List<TextUnit> units, Future<ScoredUnits> result) {
            this.units = units;
            this.result = result;
        }

        @Override
        public void handOn() throws IOException, ExecutionException, InterruptedException {
            ScoredUnits scored = result.get();
            results.accept(scored.units(), scored.worker());
        }

        @Override
        public void failed(String reason) {
            TextUnit first = units.get(0);
            results.failed(first.source(), first.unit(), units.size(), reason);
        }
    }

    private final class RegionInFlight implements InFlight {
        private final SourceUnits source;
        private final LongFunction<Region> region;
        private final Future<ScoredRegion> result;

        RegionInFlight(SourceUnits source, LongFunction<Region> region, Future<ScoredRegion> result) {
            this.source = source;
            this.region = region;
            this.result = result;
        }

        @Override
        public void handOn() throws IOException, ExecutionException, InterruptedException {
            ScoredRegion scored = result.get();
            results.accept(source, region.apply(0), scored.records(), scored.worker());
        }

        @Override
        public void failed(String reason) {
            // The units are counted here, so that the units after them keep their numbers.
            int units = RegionRecords.units(region.apply(0));
            results.failed(source.name, source.units + 1, units, reason);
            source.units += units;
        }
    }
}
