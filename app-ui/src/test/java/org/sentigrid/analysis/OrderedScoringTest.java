package org.sentigrid.analysis;

import org.sentigrid.format.ScoredUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentLabel;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.api.grid.JobSettings;
import org.sentigrid.api.grid.Region;
import org.sentigrid.api.grid.RegionResult;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.grid.BatchFailedException;
import org.sentigrid.text.TextUnit;

class OrderedScoringTest {
    private static final SentimentAnalyzer VADER = SentimentAnalyzer.of(EngineMode.VADER);

    private static TextUnit unit(long n, String text) {
        return new TextUnit("in.txt", n, text, 0, 0, text.length());
    }

    private static ScoredUnit neutral(TextUnit unit) {
        return new ScoredUnit(unit, SentimentScores.EMPTY, SentimentLabel.NEUTRAL, null);
    }

    @Test
    void resultsComeOutInInputOrderHoweverLongEachTakes() throws IOException {
        List<Long> order = new ArrayList<>();
        Function<TextUnit, ScoredUnit> slowAtRandom = unit -> {
            if (ThreadLocalRandom.current().nextInt(50) == 0) {
                sleep(2);
            }
            return neutral(unit);
        };
        try (OrderedScoring scoring = scoring(slowAtRandom, result -> order.add(result.unit().unit()), 4)) {
            for (long n = 1; n <= 5_000; n++) {
                scoring.add(unit(n, "text " + n));
            }
            scoring.drain();
        }

        assertThat(order).hasSize(5_000).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void unitsInFlightStayBounded() throws IOException {
        AtomicInteger scored = new AtomicInteger();
        List<Long> handedOn = new ArrayList<>();
        int maxAhead = 0;
        try (OrderedScoring scoring = scoring(unit -> {
            scored.incrementAndGet();
            return neutral(unit);
        }, result -> handedOn.add(result.unit().unit()), 1)) {
            for (long n = 1; n <= 20_000; n++) {
                scoring.add(unit(n, "x"));
                maxAhead = Math.max(maxAhead, (int) (n - handedOn.size()));
            }
            scoring.drain();
        }

        assertThat(handedOn).hasSize(20_000);
        assertThat(maxAhead).as("units read but not yet handed on").isLessThanOrEqualTo(3 * 256);
    }

    @Test
    void bigUnitsMakeSmallerChunks() throws IOException {
        List<Long> handedOn = new ArrayList<>();
        String big = "y".repeat(64 * 1024);
        int maxAhead = 0;
        try (OrderedScoring scoring = scoring(OrderedScoringTest::neutral,
                result -> handedOn.add(result.unit().unit()), 1)) {
            for (long n = 1; n <= 20; n++) {
                scoring.add(unit(n, big));
                maxAhead = Math.max(maxAhead, (int) (n - handedOn.size()));
            }
            scoring.drain();
        }

        assertThat(handedOn).hasSize(20);
        assertThat(maxAhead).as("64 KiB units read but not yet handed on").isLessThanOrEqualTo(3);
    }

    @Test
    void aScoringFailureReachesTheReader() {
        OrderedScoring scoring = scoring(unit -> {
            throw new IllegalStateException("engine bug");
        }, result -> { }, 2);

        assertThatThrownBy(() -> {
            try (scoring) {
                scoring.add(unit(1, "boom"));
                scoring.drain();
            }
        }).isInstanceOf(IllegalStateException.class).hasMessage("engine bug");
    }

    @Test
    void aWriteFailureReachesTheReader() {
        OrderedScoring scoring = scoring(OrderedScoringTest::neutral, result -> {
            throw new IOException("disk full");
        }, 2);

        assertThatThrownBy(() -> {
            try (scoring) {
                scoring.add(unit(1, "fine"));
                scoring.drain();
            }
        }).isInstanceOf(IOException.class).hasMessage("disk full");
    }

    @Test
    void regionsAndUnitsComeOutInTheOrderTheyWereAdded() throws IOException {
        List<String> order = new ArrayList<>();
        OrderedScoring.SourceUnits notes = new OrderedScoring.SourceUnits("notes.txt");
        OrderedScoring.Results results = new OrderedScoring.Results() {
            @Override
            public void accept(List<ScoredUnit> chunk, String worker) {
                chunk.forEach(result -> order.add("unit " + result.unit().unit()));
            }

            @Override
            public void accept(OrderedScoring.SourceUnits source, Region region, RegionResult records, String worker) {
                order.add(source.name + " from " + (source.units + 1) + ": " + records.units());
                source.units += records.units();
            }

            @Override
            public void failed(String source, long firstUnit, int units, String reason) {
                throw new AssertionError(reason);
            }
        };
        try (OrderedScoring scoring = new OrderedScoring(new LocalPieceScorer(OrderedScoringTest::neutral, VADER, 2), results)) {
            scoring.add(unit(1, "first"));
            for (int region = 0; region < 3; region++) {
                byte[] text = "Good.\nBad.\n".repeat(region + 1).getBytes(StandardCharsets.UTF_8);
                scoring.addRegion(notes, batchId -> new Region(1, batchId, JobSettings.plain(EngineMode.VADER), "UTF-8",
                        "lines", "csv", 0.05, 0, text));
            }
            scoring.add(unit(2, "last"));
            scoring.drain();
        }

        assertThat(order).containsExactly("unit 1", "notes.txt from 1: 2", "notes.txt from 3: 4", "notes.txt from 7: 6", "unit 2");
    }

    @Test
    void aRegionTheGridCouldNotScoreIsReportedWithItsUnitCountAndTheUnitsAfterItKeepTheirNumbers() throws IOException {
        List<String> order = new ArrayList<>();
        OrderedScoring.SourceUnits notes = new OrderedScoring.SourceUnits("notes.txt");
        LocalPieceScorer local = new LocalPieceScorer(OrderedScoringTest::neutral, VADER, 1);
        // The second region fails as the grid fails work that failed on 3 workers; the others are scored here.
        PieceScorer failingSecond = new PieceScorer() {
            private int regions;

            @Override
            public CompletableFuture<ScoredUnits> submit(List<TextUnit> chunk) {
                return local.submit(chunk);
            }

            @Override
            public CompletableFuture<ScoredRegion> submitRegion(LongFunction<Region> region) {
                return ++regions == 2
                        ? CompletableFuture.failedFuture(new BatchFailedException("batch 2 failed on 3 attempts: w1: boom"))
                        : local.submitRegion(region);
            }

            @Override
            public int chunkUnits() {
                return local.chunkUnits();
            }

            @Override
            public int chunkChars() {
                return local.chunkChars();
            }

            @Override
            public int maxPiecesInFlight() {
                return local.maxPiecesInFlight();
            }

            @Override
            public void close() {
                local.close();
            }
        };
        OrderedScoring.Results results = new UnitResults() {
            @Override
            public void unit(ScoredUnit result) {
                throw new AssertionError("no units here");
            }

            @Override
            public void accept(OrderedScoring.SourceUnits source, Region region, RegionResult records, String worker) {
                order.add("from " + (source.units + 1) + ": " + records.units());
                source.units += records.units();
            }

            @Override
            public void failed(String source, long firstUnit, int units, String reason) {
                order.add("not scored from " + firstUnit + ": " + units + " (" + reason + ")");
            }
        };
        try (OrderedScoring scoring = new OrderedScoring(failingSecond, results)) {
            for (String text : List.of("One.\nTwo.\n", "Three.\nFour.\nFive.\n", "Six.\n")) {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                scoring.addRegion(notes, batchId -> new Region(1, batchId, JobSettings.plain(EngineMode.VADER), "UTF-8",
                        "lines", "csv", 0.05, 0, bytes));
            }
            scoring.drain();
        }

        assertThat(order).containsExactly("from 1: 2", "not scored from 3: 3 (batch 2 failed on 3 attempts: w1: boom)",
                "from 6: 1");
    }

    private static OrderedScoring scoring(Function<TextUnit, ScoredUnit> scorer, UnitResults results, int threads) {
        return new OrderedScoring(new LocalPieceScorer(scorer, VADER, threads), results);
    }

    /** Results of units only, as a lambda. */
    private interface UnitResults extends OrderedScoring.Results {
        void unit(ScoredUnit result) throws IOException;

        @Override
        default void accept(List<ScoredUnit> chunk, String worker) throws IOException {
            for (ScoredUnit result : chunk) {
                unit(result);
            }
        }

        @Override
        default void accept(OrderedScoring.SourceUnits source, Region region, RegionResult records, String worker) {
            throw new AssertionError("no regions here");
        }

        @Override
        default void failed(String source, long firstUnit, int units, String reason) {
            throw new AssertionError(reason);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
