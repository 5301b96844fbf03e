package org.sentigrid.desktop.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sentigrid.analysis.LocalPieceScorer;
import org.sentigrid.analysis.PieceScorer;
import org.sentigrid.analysis.PieceScorers;
import org.sentigrid.analysis.ScoredRegion;
import org.sentigrid.analysis.ScoredUnits;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.SentimentScores;
import org.sentigrid.api.grid.Region;
import org.sentigrid.engine.LexiconOverlay;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.grid.BatchFailedException;
import org.sentigrid.text.Source;
import org.sentigrid.text.SplitMode;
import org.sentigrid.text.TextUnit;

/** A job over the in-process scorer reports documents, scored units, problems and its end, in order. */
class AnalysisJobTest {
    private static final SentimentAnalyzer VADER = SentimentAnalyzer.of(EngineMode.VADER);

    /** The window's scorers when its grid cannot start: this process's threads. */
    private static final PieceScorers LOCAL = (jobId, analyzer) -> LocalPieceScorer.of(analyzer, 0.05);
    /** A text TSV has to escape in places (a tab, a backslash, a sentence over two lines), with non-ASCII. */
    private static final String TRICKY = "I love this phone.\tThe battery is terrible!\n"
            + "A back\\slash is fine, isn't it?  Über-good 😀 and\nwrapped over a line.\r\n\n\"Quoted\" :) okay!\n";

    @TempDir
    Path dir;

    @Test
    void aPlainTextFileGoesAsRegionsAndComesBackAsTheSameUnitsAsTypedText() throws Exception {
        String text = TRICKY.repeat(2_000);
        Path file = Files.writeString(dir.resolve("notes.txt"), text);
        Counting counting = new Counting(256);

        Recorder fromFile = new Recorder();
        new AnalysisJob(request(fileInput("notes", file)), counting, fromFile).run();
        Recorder typed = run(DocumentInput.text("notes", text));

        assertThat(counting.regions).as("regions sent").hasPositiveValue();
        assertThat(counting.units).as("units sent one by one").hasValue(0);
        assertThat(fromFile.units()).hasSize(10_000).containsExactlyElementsOf(typed.units());
        assertThat(fromFile.units()).extracting(TextUnit::text).contains("I love this phone.")
                .contains("Über-good 😀 and\nwrapped over a line.");
        assertThat(fromFile.problems()).isEmpty();
        assertScoredByVader(fromFile);
    }

    @Test
    void aRegionThatCannotBeScoredIsReportedAndTheUnitsAfterItKeepTheirNumbers() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "Good.\n".repeat(600_000));
        Counting failingSecondRegion = new Counting(256) {
            @Override
            public CompletableFuture<ScoredRegion> submitRegion(LongFunction<Region> region) {
                return regions.incrementAndGet() == 2
                        ? CompletableFuture.failedFuture(new BatchFailedException("batch 2 failed on 3 attempts: boom"))
                        : local.submitRegion(region);
            }
        };
        Recorder events = new Recorder();
        AnalysisRequest lines = new AnalysisRequest(List.of(fileInput("notes", file)), EngineMode.VADER, SplitMode.LINES);

        new AnalysisJob(lines, failingSecondRegion, events).run();

        assertThat(failingSecondRegion.regions).as("regions sent").hasValueGreaterThan(2);
        String problem = events.problems().get(0);
        assertThat(events.problems()).hasSize(1);
        assertThat(problem).startsWith("Units ").contains(" of notes could not be scored (batch 2 failed on 3 attempts: boom)");
        long first = Long.parseLong(problem.substring(6, problem.indexOf('–')));
        long last = Long.parseLong(problem.substring(problem.indexOf('–') + 1, problem.indexOf(" of ")));
        assertThat(events.units()).hasSize(600_000 - (int) (last - first + 1))
                .extracting(TextUnit::unit).doesNotContain(first, last).contains(first - 1, last + 1).isSorted();
        assertThat(events.units().get(events.units().size() - 1).unit()).isEqualTo(600_000);
    }

    @Test
    void reviewsOneALineTypedOrFromAFileAreWarnedOfOnceEach() throws Exception {
        String reviews = "i love this phone\nthe battery is terrible\nworst service ever\nGreat food\n";
        Path file = Files.writeString(dir.resolve("reviews.txt"), reviews);

        Recorder events = run(DocumentInput.text("pasted", reviews), fileInput("reviews.txt", file),
                DocumentInput.text("prose", "I love this phone. The battery is terrible!\nIt is a phone."));

        assertThat(events.problems()).hasSize(2);
        assertThat(events.problems().get(0)).startsWith("pasted: ").contains("Split into: Lines");
        assertThat(events.problems().get(1)).startsWith(file.toString() + ": ").contains("Split into: Lines");
    }

    @Test
    void typedTextIsSplitIntoSentencesScoredInOrder() {
        String text = "I love this phone. The battery is terrible!\n\nIt is a phone.";

        Recorder events = run(DocumentInput.text("typed", text));

        assertThat(events.kinds()).containsExactly("started typed", "scored", "finished false");
        List<TextUnit> units = events.units();
        assertThat(units).extracting(TextUnit::text)
                .containsExactly("I love this phone.", "The battery is terrible!", "It is a phone.");
        assertThat(units).extracting(TextUnit::unit).containsExactly(1L, 2L, 3L);
        assertThat(units).allSatisfy(unit -> {
            assertThat(unit.source()).isEqualTo("typed");
            assertThat(text.substring((int) unit.start(), (int) unit.end())).isEqualTo(unit.text());
        });
        assertScoredByVader(events);
        assertThat(events.scored().get(0).worker()).isEqualTo(LocalPieceScorer.WORKER_NAME);
    }

    @Test
    void documentsAreReportedInOrderEachBeforeItsUnits() throws Exception {
        StringBuilder big = new StringBuilder();
        for (int i = 1; i <= 5_000; i++) {
            big.append("Sentence ").append(i).append(" is quite good. ");
        }
        Path file = Files.writeString(dir.resolve("reviews.txt"), "Awful service.\n\nLovely food!\n");

        Recorder events = run(DocumentInput.text("big", big.toString()), fileInput("reviews.txt", file),
                DocumentInput.text("small", "Meh."));

        assertThat(events.startedAndFinished())
                .containsExactly("started big", "started reviews.txt", "started small", "finished false");
        assertThat(events.problems()).isEmpty();
        // Each scored call belongs to the document started last before it, and units count up from 1.
        String current = null;
        long expectedUnit = 0;
        for (Event event : events.all) {
            if (event instanceof Started started) {
                current = started.name();
                expectedUnit = 1;
            } else if (event instanceof Scored scored) {
                for (TextUnit unit : scored.units()) {
                    assertThat(unit.source()).isEqualTo(current);
                    assertThat(unit.unit()).isEqualTo(expectedUnit++);
                }
            }
        }
        assertThat(events.units()).hasSize(5_000 + 2 + 1);
        assertThat(events.units().get(5_000).text()).isEqualTo("Awful service.");
        assertThat(events.units().get(5_002).text()).isEqualTo("Meh.");
        assertScoredByVader(events);
    }

    @Test
    void missingFileIsReportedAndTheNextDocumentIsStillAnalyzed() throws Exception {
        Path missing = dir.resolve("gone.txt");
        Path next = Files.writeString(dir.resolve("next.txt"), "What a great day.");

        Recorder events = run(fileInput("gone.txt", missing), fileInput("next.txt", next));

        assertThat(events.kinds()).containsExactly("started gone.txt", "problem", "started next.txt", "scored",
                "finished false");
        assertThat(events.problems()).singleElement().asString().contains("gone.txt");
        assertThat(events.units()).extracting(TextUnit::text).containsExactly("What a great day.");
    }

    @Test
    void binaryFileIsReportedAndTheNextDocumentIsStillAnalyzed() throws Exception {
        Path binary = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10, 0});

        Recorder events = run(fileInput("photo.txt", binary), DocumentInput.text("typed", "Not bad at all."));

        assertThat(events.kinds()).containsExactly("started photo.txt", "problem", "started typed", "scored",
                "finished false");
        assertThat(events.problems()).singleElement().asString().contains("photo.txt").contains("binary");
        assertThat(events.units()).extracting(TextUnit::text).containsExactly("Not bad at all.");
    }

    @Test
    void cancelBeforeRunningReportsOnlyACancelledEnd() {
        Recorder events = new Recorder();
        AnalysisJob job = new AnalysisJob(request(DocumentInput.text("typed", "Good. Bad.")), LOCAL,
                events);

        job.cancel();
        job.run();

        assertThat(events.kinds()).containsExactly("finished true");
    }

    @Test
    void cancelWhileRunningStopsScoringAndEndsCancelled() throws Exception {
        StringBuilder huge = new StringBuilder();
        for (int i = 1; i <= 200_000; i++) {
            huge.append("This is sentence ").append(i).append(" and it is fine. ");
        }
        CountDownLatch firstScored = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        // The first scored call waits until cancel() has returned on the test thread: what follows it is after the cancel.
        Recorder events = new Recorder() {
            @Override
            public void scored(List<TextUnit> units, List<SentimentScores> scores, String worker) {
                super.scored(units, scores, worker);
                if (firstScored.getCount() > 0) {
                    firstScored.countDown();
                    await(cancelled);
                }
            }
        };
        AnalysisJob job = new AnalysisJob(request(DocumentInput.text("huge", huge.toString())), LOCAL,
                events);
        Thread runner = new Thread(job, "analysis-job-test");
        runner.start();

        await(firstScored);
        job.cancel();
        cancelled.countDown();
        runner.join(TimeUnit.MINUTES.toMillis(2));

        assertThat(runner.isAlive()).as("job ended").isFalse();
        assertThat(events.kinds()).containsExactly("started huge", "scored", "finished true");
        assertThat(events.scored()).as("scored calls").hasSize(1);
        assertThat(events.units()).extracting(TextUnit::unit).startsWith(1L, 2L, 3L).hasSizeLessThan(200_000);
        assertThat(events.problems()).isEmpty();
    }

    @Test
    void readProgressOfACsvFileNeverGoesBackwards() throws Exception {
        // Batches end every 2,000 units; the first batch ends in a long cell, the second in a short one.
        StringBuilder csv = new StringBuilder("id,text\n");
        for (int i = 1; i <= 4_000; i++) {
            csv.append(i).append(',').append(i <= 2_000 ? "A long and rather pleasant review, truly." : "Bad.").append('\n');
        }
        Path file = Files.writeString(dir.resolve("reviews.csv"), csv);
        List<Double> shares = new CopyOnWriteArrayList<>();
        Recorder events = new Recorder() {
            @Override
            public void read(long unitsRead, double shareRead) {
                shares.add(shareRead);
            }
        };

        new AnalysisJob(request(new DocumentInput("reviews.csv", null, new Source(file.toString(), file), "text", null)),
                LOCAL, events).run();

        assertThat(events.units()).hasSize(4_000);
        assertThat(shares).isNotEmpty().allSatisfy(share -> assertThat(share).isBetween(0.0, 1.0)).endsWith(1.0);
        assertThat(shares).as("shares read, in order").isSorted();
    }

    @Test
    void aResumedJobSkipsTheDocumentsAndUnitsDoneAndScoresOnlyTheRest() {
        DocumentInput first = DocumentInput.text("first", "Good. Bad. Fine.");
        DocumentInput second = DocumentInput.text("second", "One is great. Two is awful. Three is fine. Four is nice.");
        DocumentInput third = DocumentInput.text("third", "Lovely. Terrible.");
        Counting counting = new Counting(2);
        Recorder events = new Recorder();
        // The job was interrupted in "second" after its unit 2: "first" and those units are shown already.
        new AnalysisJob(new AnalysisRequest(List.of(first, second, third), EngineMode.VADER, LexiconOverlay.empty(), SplitMode.SENTENCES,
                new AnalysisRequest.ResumePoint(2, 2, 5)), counting, events).run();

        assertThat(events.kinds()).containsExactly("scored", "started third", "scored", "finished false");
        assertThat(events.units()).extracting(u -> u.source() + " " + u.unit() + " " + u.text()).containsExactly(
                "second 3 Three is fine.", "second 4 Four is nice.", "third 1 Lovely.", "third 2 Terrible.");
        assertThat(counting.units).hasValue(4);
        assertScoredByVader(events);
    }

    private Recorder run(DocumentInput... documents) {
        Recorder events = new Recorder();
        new AnalysisJob(request(documents), LOCAL, events).run();
        return events;
    }

    private static AnalysisRequest request(DocumentInput... documents) {
        return new AnalysisRequest(List.of(documents), EngineMode.VADER, SplitMode.SENTENCES);
    }

    private static DocumentInput fileInput(String name, Path path) {
        return new DocumentInput(name, null, new Source(path.toString(), path), null, null);
    }

    /** This process's scorer, counting what it is sent; {@code chunkUnits} units a chunk. */
    private static class Counting implements PieceScorers, PieceScorer {
        final AtomicInteger units = new AtomicInteger();
        final AtomicInteger regions = new AtomicInteger();
        private final int chunkUnits;
        PieceScorer local;

        Counting(int chunkUnits) {
            this.chunkUnits = chunkUnits;
        }

        @Override
        public PieceScorer open(long jobId, SentimentAnalyzer analyzer) {
            local = LOCAL.open(jobId, analyzer);
            return this;
        }

        @Override
        public CompletableFuture<ScoredUnits> submit(List<TextUnit> chunk) {
            units.addAndGet(chunk.size());
            return local.submit(chunk);
        }

        @Override
        public CompletableFuture<ScoredRegion> submitRegion(LongFunction<Region> region) {
            regions.incrementAndGet();
            return local.submitRegion(region);
        }

        @Override
        public int chunkUnits() {
            return chunkUnits;
        }

        @Override
        public int chunkChars() {
            return local.chunkChars();
        }

        @Override
        public int maxPiecesInFlight() {
            return 2;
        }

        @Override
        public void close() {
            local.close();
        }
    }

    private static void assertScoredByVader(Recorder events) {
        for (Scored scored : events.scored()) {
            assertThat(scored.scores()).hasSameSizeAs(scored.units());
            for (int i = 0; i < scored.units().size(); i++) {
                assertThat(scored.scores().get(i)).as("scores of %s", scored.units().get(i))
                        .isEqualTo(VADER.score(scored.units().get(i).text()));
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(2, TimeUnit.MINUTES)).as("latch released").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private sealed interface Event permits Started, Scored, Problem, Finished {
    }

    private record Started(String name) implements Event {
    }

    private record Scored(List<TextUnit> units, List<SentimentScores> scores, String worker) implements Event {
    }

    private record Problem(String message) implements Event {
    }

    private record Finished(boolean cancelled) implements Event {
    }

    /** Records every call but read(...) (progress), in the order made. */
    private static class Recorder implements JobEvents {
        final List<Event> all = new CopyOnWriteArrayList<>();

        @Override
        public void documentStarted(String name) {
            all.add(new Started(name));
        }

        @Override
        public void scored(List<TextUnit> units, List<SentimentScores> scores, String worker) {
            all.add(new Scored(List.copyOf(units), List.copyOf(scores), worker));
        }

        @Override
        public void read(long unitsRead, double shareRead) {
        }

        @Override
        public void problem(String message) {
            all.add(new Problem(message));
        }

        @Override
        public void finished(boolean cancelled) {
            all.add(new Finished(cancelled));
        }

        /** One word per event, consecutive scored calls merged: the order of what happened. */
        List<String> kinds() {
            List<String> kinds = new ArrayList<>();
            for (Event event : all) {
                String kind;
                if (event instanceof Started started) {
                    kind = "started " + started.name();
                } else if (event instanceof Finished finished) {
                    kind = "finished " + finished.cancelled();
                } else {
                    kind = event instanceof Scored ? "scored" : "problem";
                }
                if (!(kind.equals("scored") && !kinds.isEmpty() && kinds.get(kinds.size() - 1).equals("scored"))) {
                    kinds.add(kind);
                }
            }
            return kinds;
        }

        List<String> startedAndFinished() {
            return kinds().stream().filter(k -> k.startsWith("started") || k.startsWith("finished")).toList();
        }

        List<Scored> scored() {
            return all.stream().filter(Scored.class::isInstance).map(Scored.class::cast).toList();
        }

        List<TextUnit> units() {
            return scored().stream().flatMap(s -> s.units().stream()).toList();
        }

        List<String> problems() {
            return all.stream().filter(Problem.class::isInstance).map(e -> ((Problem) e).message()).toList();
        }
    }
}
