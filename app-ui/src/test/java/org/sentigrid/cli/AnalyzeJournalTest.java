package org.sentigrid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sentigrid.api.ExitStatus;
import org.sentigrid.app.SentigridProcess;
import org.sentigrid.app.SentigridProcess.Result;
import org.sentigrid.grid.Reviews;

/** {@code analyze --journal}: real runs in child processes, one of them killed with SIGKILL. */
@Tag("process")
class AnalyzeJournalTest {
    private static final Pattern RESUMED = Pattern.compile("; ([\\d,]+) resumed from the journal, ([\\d,]+) computed");

    @TempDir
    Path dir;

    private Result analyze(String... args) {
        String[] command = Stream.concat(Stream.of("analyze"), Stream.of(args)).toArray(String[]::new);
        return SentigridProcess.run(dir, null, command).assertNoStackTrace();
    }

    /** The units resumed and computed, from the summary line. */
    private static long[] resumedAndComputed(Result result) {
        Matcher matcher = RESUMED.matcher(result.err());
        assertThat(matcher.find()).as("a summary naming resumed and computed units in: %s", result.err()).isTrue();
        return new long[] {Long.parseLong(matcher.group(1).replace(",", "")), Long.parseLong(matcher.group(2).replace(",", ""))};
    }

    /** The units analyzed, from the summary line. */
    private static long units(Result result) {
        Matcher matcher = Pattern.compile("Analyzed ([\\d,]+) units").matcher(result.err());
        assertThat(matcher.find()).as(result.err()).isTrue();
        return Long.parseLong(matcher.group(1).replace(",", ""));
    }

    private byte[] bytes(String name) throws IOException {
        return Files.readAllBytes(dir.resolve(name));
    }

    @Test
    void aRunKilledMidJobResumesWithTheSameOutputScoringOnlyWhatWasLeft() throws Exception {
        Files.writeString(dir.resolve("reviews.txt"), Reviews.lines(1_500_000), StandardCharsets.UTF_8);
        Result uninterrupted = analyze("--in-process", "--output", "expected.csv", "reviews.txt");
        assertThat(uninterrupted.exit()).isZero();
        long total = units(uninterrupted);

        Path journal = dir.resolve("run.journal");
        Process killed = SentigridProcess.start(dir, dir.resolve("killed.err"),
                "analyze", "--journal", "run.journal", "--output", "out.csv", "reviews.txt");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(journal) || Files.size(journal) < 4 << 20) {
            assertThat(killed.isAlive()).as("the run is still going when its journal has 4 MiB").isTrue();
            assertThat(System.nanoTime()).as("the journal grows").isLessThan(deadline);
            Thread.sleep(10);
        }
        List<ProcessHandle> workers = killed.descendants().toList();
        killed.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertThat(killed.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(dir.resolve("out.csv")).as("no output file from a killed run").doesNotExist();

        Result resumed = analyze("--journal", "run.journal", "--output", "out.csv", "reviews.txt");

        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(bytes("out.csv")).as("byte-identical to the uninterrupted run").isEqualTo(bytes("expected.csv"));
        long[] counts = resumedAndComputed(resumed);
        assertThat(counts[0]).as("units resumed").isPositive();
        assertThat(counts[1]).as("units computed").isPositive().isLessThan(total);
        assertThat(counts[0] + counts[1]).as(resumed.err()).isEqualTo(total);
        for (ProcessHandle worker : workers) {
            worker.onExit().get(20, TimeUnit.SECONDS); // the killed run's local workers went with it
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("the killed run's temporary output is cleared away")
                    .noneMatch(name -> name.endsWith(".part"));
        }

        Result again = analyze("--in-process", "--journal", "run.journal", "--output", "again.csv", "reviews.txt");

        assertThat(bytes("again.csv")).isEqualTo(bytes("expected.csv"));
        assertThat(resumedAndComputed(again)).containsExactly(total, 0);
    }

    @Test
    void aTornLastRecordIsDroppedWithAWarningAndItsUnitsAreScoredAgain() throws IOException {
        // A CSV column: units, not regions, are journaled.
        StringBuilder csv = new StringBuilder("id,review\n");
        List<String> lines = Reviews.lines(3_000).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            csv.append(i).append(",\"").append(lines.get(i)).append(". Second sentence ").append(i).append("!\"\n");
        }
        Files.writeString(dir.resolve("reviews.csv"), csv, StandardCharsets.UTF_8);
        Result uninterrupted = analyze("--in-process", "--column", "review", "--output", "expected.csv", "reviews.csv");
        assertThat(uninterrupted.exit()).isZero();
        long total = units(uninterrupted);
        assertThat(analyze("--column", "review", "--journal", "j", "--output", "first.csv", "reviews.csv").exit()).isZero();
        Path journal = dir.resolve("j");
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 100); // as if killed while writing the last record
        }

        Result resumed = analyze("--in-process", "--column", "review", "--journal", "j", "--output", "out.csv", "reviews.csv");

        assertThat(resumed.exit()).isZero();
        assertThat(resumed.err()).contains("warning: the journal's last record was cut short");
        assertThat(bytes("out.csv")).isEqualTo(bytes("expected.csv"));
        long[] counts = resumedAndComputed(resumed);
        assertThat(counts[0]).isPositive();
        assertThat(counts[1]).isPositive().isLessThan(total);
        assertThat(counts[0] + counts[1]).isEqualTo(total);
    }

    @Test
    void aJournalFromOtherSettingsIsRefusedSayingWhatChangedAndIsLeftAsItWas() throws IOException {
        Files.writeString(dir.resolve("in.txt"), Reviews.lines(200), StandardCharsets.UTF_8);
        assertThat(analyze("--in-process", "--journal", "j", "--output", "first.csv", "in.txt").exit()).isZero();
        byte[] journal = bytes("j");

        Result otherThreshold = analyze("--in-process", "--threshold", "0.3", "--journal", "j", "--output", "out.csv", "in.txt");
        Result otherFormat = analyze("--in-process", "--format", "jsonl", "--journal", "j", "--output", "out.csv", "in.txt");

        assertThat(otherThreshold.exit()).isEqualTo(ExitStatus.USAGE);
        assertThat(otherThreshold.errLines()).containsExactly("sentigrid: the journal j is from another run: it was "
                + "written with --threshold 0.05, this run has 0.3. Run with the same settings and inputs to resume, "
                + "or name a new journal file to start afresh.");
        assertThat(otherFormat.exit()).isEqualTo(ExitStatus.USAGE);
        assertThat(otherFormat.err()).contains("it was written with --format csv, this run has jsonl");
        assertThat(dir.resolve("out.csv")).doesNotExist();
        assertThat(bytes("j")).isEqualTo(journal);
    }

    @Test
    void aJournalForChangedOrOtherInputsIsRefused() throws IOException {
        Files.writeString(dir.resolve("in.txt"), Reviews.lines(200), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("more.txt"), "More text.\n", StandardCharsets.UTF_8);
        assertThat(analyze("--in-process", "--journal", "j", "--output", "first.csv", "in.txt").exit()).isZero();

        Result otherInputs = analyze("--in-process", "--journal", "j", "--output", "out.csv", "in.txt", "more.txt");
        Files.writeString(dir.resolve("in.txt"), "One more line.\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Result changed = analyze("--in-process", "--journal", "j", "--output", "out.csv", "in.txt");

        assertThat(otherInputs.exit()).isEqualTo(ExitStatus.USAGE);
        assertThat(otherInputs.err()).contains("it was written for the inputs in.txt, this run reads in.txt, more.txt");
        assertThat(changed.exit()).isEqualTo(ExitStatus.USAGE);
        assertThat(changed.err()).containsPattern("in\\.txt changed since \\(\\d+ bytes then, \\d+ now\\)");
    }

    @Test
    void aFileThatIsNoJournalIsRefusedAndLeftAlone() throws IOException {
        Files.writeString(dir.resolve("in.txt"), "Good.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.txt"), "my notes, not a journal\n", StandardCharsets.UTF_8);

        Result result = analyze("--in-process", "--journal", "notes.txt", "in.txt");

        assertThat(result.exit()).isEqualTo(ExitStatus.USAGE);
        assertThat(result.errLines()).containsExactly("sentigrid: notes.txt is not a Sentigrid journal; name a new "
                + "file for --journal, or that of an earlier run.");
        assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("my notes, not a journal\n");
    }

    @Test
    void standardInputCannotBeJournaled() {
        Result result = SentigridProcess.run(dir, "Good.\n", "analyze", "--journal", "j", "-").assertNoStackTrace();

        assertThat(result.exit()).isEqualTo(ExitStatus.USAGE);
        assertThat(result.err()).contains("--journal needs files to read: standard input cannot be read again to resume");
        assertThat(dir.resolve("j")).doesNotExist();
    }

    @Test
    void aSecondRunWithTheSameJournalIsRefusedInOneLineWhileTheFirstHoldsIt() throws Exception {
        Files.writeString(dir.resolve("reviews.txt"), Reviews.lines(20_000), StandardCharsets.UTF_8);
        Result uninterrupted = analyze("--in-process", "--output", "expected.csv", "reviews.txt");
        Path journal = dir.resolve("run.journal");
        // The first run opens its journal, then waits for a second worker that never joins: it holds the journal.
        Process first = SentigridProcess.start(dir, dir.resolve("first.err"),
                "analyze", "--journal", "run.journal", "--min-workers", "2", "--output", "first.csv", "reviews.txt");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(journal) || Files.size(journal) <= 8) {
                assertThat(first.isAlive()).as("the first run goes on").isTrue();
                assertThat(System.nanoTime()).as("the first run writes its journal").isLessThan(deadline);
                Thread.sleep(10);
            }

            Result second = analyze("--in-process", "--journal", "run.journal", "--output", "second.csv", "reviews.txt");

            assertThat(second.exit()).isEqualTo(ExitStatus.USAGE);
            assertThat(second.errLines()).containsExactly("sentigrid: the journal run.journal is in use by another run;"
                    + " wait for it to finish, or name another journal file.");
            assertThat(dir.resolve("second.csv")).doesNotExist();
            assertThat(first.isAlive()).as("the first run still has its journal").isTrue();
        } finally {
            first.destroyForcibly();
            assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(journal)))
                    .as("a journal holds results: its owner's alone").isEqualTo("rw-------");
        }

        // Its journal is whole: the next run takes it up and writes what an uninterrupted run writes.
        Result after = analyze("--in-process", "--journal", "run.journal", "--output", "after.csv", "reviews.txt");
        assertThat(after.exit()).as(after.err()).isZero();
        assertThat(bytes("after.csv")).isEqualTo(bytes("expected.csv"));
        assertThat(uninterrupted.exit()).isZero();
    }

    @Test
    void writingOverAnOutputFileKeepsItsPermissions() throws Exception {
        Assumptions.assumeTrue(
                FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path output = Files.writeString(dir.resolve("private.csv"), "older results\n");
        Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("rw-------"));
        Files.writeString(dir.resolve("in.txt"), "Good.\n", StandardCharsets.UTF_8);

        Result result = analyze("--in-process", "--output", "private.csv", "in.txt");

        assertThat(result.exit()).isZero();
        assertThat(Files.readString(output)).contains("Good.");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(output)))
                .isEqualTo("rw-------");
    }
}
