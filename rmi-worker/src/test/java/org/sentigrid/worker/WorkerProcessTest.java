package org.sentigrid.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sentigrid.api.EngineMode;
import org.sentigrid.api.ExitStatus;
import org.sentigrid.api.grid.Batch;
import org.sentigrid.api.grid.BatchResult;
import org.sentigrid.api.grid.JobSettings;
import org.sentigrid.api.grid.JoinRequest;
import org.sentigrid.api.grid.Region;
import org.sentigrid.api.grid.RegionResult;
import org.sentigrid.engine.LexiconOverlay;
import org.sentigrid.engine.SentimentAnalyzer;
import org.sentigrid.format.RegionRecords;
import org.sentigrid.testing.ChildJvm;

/**
 * The worker as a real child JVM against a real (small, fake) coordinator exported over RMI on loopback.
 * Every wait is bounded, and every child is killed after its test.
 */
@Timeout(value = 40, unit = TimeUnit.SECONDS)
@Tag("process")
class WorkerProcessTest {
    private static final Duration START = Duration.ofSeconds(15);
    private static final List<String> SENTENCES = List.of(
            "VADER is smart, handsome, and funny!",
            "The book was good, but the ending was NOT great :(",
            "Not bad at all 😀",
            "",
            "I hate this. Worst. Day. Ever!!!",
            "The plot was kind of meh, sort of okay.",
            "sentigrid rocks");

    @TempDir
    Path temp;

    private final List<WorkerProcess> children = new ArrayList<>();
    private final List<FakeCoordinator> coordinators = new ArrayList<>();

    @BeforeAll
    static void stubsCarryLoopback() {
        // What the real coordinator's --listen does: the stubs it hands out name the address workers use.
        System.setProperty("java.rmi.server.hostname", "127.0.0.1");
    }

    @AfterEach
    void cleanUp() throws InterruptedException {
        for (WorkerProcess child : children) {
            child.process.destroyForcibly();
            child.process.waitFor(10, TimeUnit.SECONDS);
            if (Boolean.getBoolean("sentigrid.worker.debug")) {
                System.out.println(child.stderr());
            }
        }
        for (FakeCoordinator coordinator : coordinators) {
            coordinator.stop();
        }
    }

    @Test
    void scoresEveryBatchExactlyAsTheEngineDoesAndHandsBackOneItCannotScore() throws Exception {
        int port = freePort();
        FakeCoordinator coordinator = coordinator("a", port, 200);
        JobSettings overlay = new JobSettings(EngineMode.VADER, new String[] {"meh", "sentigrid"},
                new double[] {-2.5, 3.0});
        JobSettings broken = new JobSettings(EngineMode.NLTK, new String[] {"far too many words here"}, new double[] {1.0});
        coordinator.queue.add(Batch.of(1, 1, JobSettings.plain(EngineMode.VADER), SENTENCES));
        coordinator.queue.add(Batch.of(1, 2, JobSettings.plain(EngineMode.NLTK), SENTENCES));
        coordinator.queue.add(Batch.of(2, 1, overlay, SENTENCES));
        coordinator.queue.add(Batch.of(3, 1, broken, SENTENCES));
        Region region = new Region(4, 1, JobSettings.plain(EngineMode.NLTK), "UTF-8", "sentences", "jsonl", 0.05, 10,
                (String.join(" ", SENTENCES) + "\n\n" + String.join("\n", SENTENCES)).getBytes(StandardCharsets.UTF_8));
        coordinator.queue.add(region);

        WorkerProcess worker = startWorker(Map.of(WorkerMain.TOKEN_VARIABLE, FakeCoordinator.TOKEN),
                "--join", "127.0.0.1:" + port, "--threads", "2", "--name", "lab-pc-3");

        waitUntil(() -> coordinator.completed.size() == 4 && coordinator.failed.size() == 1, START,
                "three batches and a region scored, and one batch handed back", worker);
        assertThat(coordinator.completed).containsOnlyKeys("1/1", "1/2", "2/1", "4/1");
        RegionResult records = (RegionResult) coordinator.completed.get("4/1");
        assertThat(records).isEqualTo(RegionRecords.score(region, SentimentAnalyzer.of(EngineMode.NLTK), () -> false));
        assertThat(records.units()).isGreaterThanOrEqualTo(SENTENCES.size());
        assertThat(coordinator.completed.get("1/1")).isEqualTo(expected(1, 1, SentimentAnalyzer.of(EngineMode.VADER)));
        assertThat(coordinator.completed.get("1/2")).isEqualTo(expected(1, 2, SentimentAnalyzer.of(EngineMode.NLTK)));
        assertThat(coordinator.completed.get("2/1")).isEqualTo(expected(2, 1, SentimentAnalyzer.of(EngineMode.VADER,
                LexiconOverlay.of(Map.of("meh", -2.5, "sentigrid", 3.0)))));
        assertThat(coordinator.completed.get("2/1"))
                .isNotEqualTo(expected(2, 1, SentimentAnalyzer.of(EngineMode.VADER)));
        assertThat(coordinator.failed.get("3/1")).contains("far too many words here").doesNotContain("\n");

        JoinRequest join = coordinator.joins.get(0);
        assertThat(join.version()).isEqualTo(SentigridVersion.current());
        assertThat(join.vaderFingerprint()).isEqualTo(SentimentAnalyzer.of(EngineMode.VADER).fingerprint());
        assertThat(join.nltkFingerprint()).isEqualTo(SentimentAnalyzer.of(EngineMode.NLTK).fingerprint());
        assertThat(join.name()).isEqualTo("lab-pc-3");
        assertThat(join.threads()).isEqualTo(2);
        waitUntil(() -> coordinator.heartbeats.get() > 0, START, "a heartbeat", worker);
        assertThat(worker.stderr()).contains("joined the coordinator at 127.0.0.1:" + port + " as worker a-worker-1")
                .doesNotContain("Exception");
    }

    @Test
    void aWrongTokenIsRefusedWithStatus3BeforeAnythingButANonceIsSent() throws Exception {
        int port = freePort();
        FakeCoordinator coordinator = coordinator("a", port, 1_000);
        WorkerProcess worker = startWorker(Map.of(), "--join", "127.0.0.1:" + port, "--token", "not-the-token");

        assertThat(worker.awaitExit(START)).isEqualTo(ExitStatus.REFUSED);
        assertThat(worker.stderr()).contains("sentigrid worker: the coordinator at 127.0.0.1:" + port
                + " did not prove that it knows this join token: the token is wrong (copy it again from the join command"
                + " the coordinator printed), or that machine is not the coordinator\n");
        assertThat(coordinator.joins).as("no join call was made").isEmpty();
        assertNoStackTrace(worker);
    }

    @Test
    void anUnreachableCoordinatorEndsWithStatus1AndOneLineNamingTheAddress() throws Exception {
        int port = freePort();
        WorkerProcess worker = startWorker(Map.of(WorkerMain.TOKEN_VARIABLE, "t"), "--join", "127.0.0.1:" + port);

        assertThat(worker.awaitExit(START)).isEqualTo(ExitStatus.FAILED);
        assertThat(worker.stderr()).endsWith("sentigrid worker: cannot reach the coordinator at 127.0.0.1:" + port
                + " (connection refused); check the address and that Sentigrid listens there with --listen\n");
        assertNoStackTrace(worker);
    }

    @Test
    void sigtermFinishesOrHandsBackTheBatchesInFlightThenLeavesWithStatus0() throws Exception {
        int port = freePort();
        FakeCoordinator coordinator = coordinator("a", port, 1_000);
        // Many short units, slow to score; the worker's debug log says when it has them.
        List<String> units = IntStream.range(0, 150_000).mapToObj(i -> SENTENCES.get(i % SENTENCES.size())).toList();
        coordinator.queue.add(Batch.of(7, 1, JobSettings.plain(EngineMode.VADER), units));
        coordinator.queue.add(Batch.of(7, 2, JobSettings.plain(EngineMode.NLTK), units));
        WorkerProcess worker = startWorker(true, Map.of(WorkerMain.TOKEN_VARIABLE, FakeCoordinator.TOKEN),
                "--join", "127.0.0.1:" + port, "--threads", "2");
        waitUntil(() -> worker.stderr().contains("job 7 batch 1: scoring")
                && worker.stderr().contains("job 7 batch 2: scoring"), START, "both batches in the worker", worker);

        worker.process.destroy();

        assertThat(worker.awaitExit(Duration.ofSeconds(20))).isEqualTo(0);
        for (String batch : List.of("7/1", "7/2")) {
            boolean completed = coordinator.completed.containsKey(batch);
            boolean failed = coordinator.failed.containsKey(batch);
            assertThat(completed ^ failed).as("batch %s answered exactly once: %s", batch, worker.stderr()).isTrue();
            if (failed) {
                assertThat(coordinator.failed.get(batch)).isEqualTo("worker stopping");
            }
        }
        if (coordinator.completed.containsKey("7/1")) {
            SentimentAnalyzer vader = SentimentAnalyzer.of(EngineMode.VADER);
            assertThat(coordinator.completed.get("7/1"))
                    .isEqualTo(BatchResult.of(7, 1, units.stream().map(vader::score).toList()));
        }
        assertThat(coordinator.left).containsExactly("a-worker-1");
        assertThat(worker.stderr()).contains("sentigrid worker: stopping")
                .contains("sentigrid worker: left the coordinator at 127.0.0.1:" + port + "\n");
        assertNoStackTrace(worker);
    }

    @Test
    void withExitWithParentItExitsPromptlyWhenStandardInputCloses() throws Exception {
        int port = freePort();
        FakeCoordinator coordinator = coordinator("a", port, 1_000);
        WorkerProcess worker = startWorker(Map.of(WorkerMain.TOKEN_VARIABLE, FakeCoordinator.TOKEN),
                "--join", "127.0.0.1:" + port, "--exit-with-parent");
        waitUntil(() -> coordinator.joins.size() == 1, START, "the join", worker);
        Thread.sleep(300);
        assertThat(worker.process.isAlive()).isTrue();

        long closed = System.nanoTime();
        worker.process.getOutputStream().close();

        assertThat(worker.awaitExit(Duration.ofSeconds(10))).isEqualTo(0);
        assertThat(Duration.ofNanos(System.nanoTime() - closed)).isLessThan(Duration.ofSeconds(3));
        assertThat(worker.stderr()).contains("standard input closed");
        assertNoStackTrace(worker);
    }

    @Test
    void reJoinsAfterTheCoordinatorRestartsAndCarriesOn() throws Exception {
        int port = freePort();
        FakeCoordinator first = coordinator("a", port, 300);
        first.queue.add(Batch.of(1, 1, JobSettings.plain(EngineMode.VADER), SENTENCES));
        WorkerProcess worker = startWorker(Map.of(WorkerMain.TOKEN_VARIABLE, FakeCoordinator.TOKEN),
                "--join", "127.0.0.1:" + port, "--threads", "2");
        waitUntil(() -> first.completed.size() == 1, START, "the first batch", worker);

        first.stop();
        waitUntil(() -> worker.stderr().contains("lost the coordinator"), START, "the loss noticed", worker);
        Thread.sleep(700);
        FakeCoordinator second = coordinator("b", port, 300);
        second.queue.add(Batch.of(1, 1, JobSettings.plain(EngineMode.NLTK), SENTENCES));

        waitUntil(() -> second.completed.size() == 1, START, "the batch of the restarted coordinator", worker);
        // The pulling threads may finish the batch before the supervisor has said it is back: wait for the line.
        waitUntil(() -> worker.stderr().contains("back with the coordinator"), START, "the re-join said", worker);
        assertThat(second.joins).hasSize(1);
        assertThat(second.completed.get("1/1")).isEqualTo(expected(1, 1, SentimentAnalyzer.of(EngineMode.NLTK)));
        assertThat(worker.process.isAlive()).isTrue();
        assertThat(worker.stderr())
                .containsOnlyOnce("sentigrid worker: lost the coordinator at 127.0.0.1:" + port)
                .containsOnlyOnce("sentigrid worker: back with the coordinator at 127.0.0.1:" + port
                        + " as worker b-worker-1\n");
        assertNoStackTrace(worker);
    }

    @Test
    void aCoordinatorThatNoLongerKnowsTheWorkerMakesItJoinAgain() throws Exception {
        int port = freePort();
        FakeCoordinator coordinator = coordinator("a", port, 300);
        WorkerProcess worker = startWorker(Map.of(WorkerMain.TOKEN_VARIABLE, FakeCoordinator.TOKEN),
                "--join", "127.0.0.1:" + port, "--threads", "1");
        waitUntil(() -> coordinator.joins.size() == 1, START, "the join", worker);

        coordinator.forgetWorkers();
        waitUntil(() -> coordinator.joins.size() == 2, START, "the second join", worker);
        coordinator.queue.add(Batch.of(5, 5, JobSettings.plain(EngineMode.VADER), SENTENCES));

        waitUntil(() -> coordinator.completed.size() == 1, START, "the batch after joining again", worker);
        assertThat(worker.stderr())
                .contains("sentigrid worker: the coordinator at 127.0.0.1:" + port + " no longer knows this worker;"
                        + " joining again\n")
                .contains("sentigrid worker: back with the coordinator at 127.0.0.1:" + port
                        + " as worker a-worker-2\n");
        assertNoStackTrace(worker);
    }

    @Test
    void givesUpWithStatus1WhenTheCoordinatorStaysAway() throws Exception {
        int port = freePort();
        FakeCoordinator coordinator = coordinator("a", port, 300);
        WorkerProcess worker = startWorker(Map.of(WorkerMain.TOKEN_VARIABLE, FakeCoordinator.TOKEN),
                "--join", "127.0.0.1:" + port, "--give-up-after", "2");
        waitUntil(() -> coordinator.joins.size() == 1, START, "the join", worker);

        coordinator.stop();

        assertThat(worker.awaitExit(START)).isEqualTo(ExitStatus.FAILED);
        // Refused by the closed port, or (over a connection still open to this JVM) told the object is gone.
        assertThat(worker.stderr()).containsPattern("sentigrid worker: gave up: the coordinator at 127\\.0\\.0\\.1:"
                + port + " could not be reached for 2 seconds \\((connection refused|the coordinator stopped or"
                + " restarted)\\)\n$");
        assertNoStackTrace(worker);
    }

    private FakeCoordinator coordinator(String incarnation, int port, long heartbeatMillis) throws Exception {
        FakeCoordinator coordinator = new FakeCoordinator(incarnation, heartbeatMillis).start(port);
        coordinators.add(coordinator);
        return coordinator;
    }

    private static BatchResult expected(long jobId, long batchId, SentimentAnalyzer analyzer) {
        return BatchResult.of(jobId, batchId, SENTENCES.stream().map(analyzer::score).toList());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void assertNoStackTrace(WorkerProcess worker) {
        assertThat(worker.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static void waitUntil(BooleanSupplier condition, Duration limit, String what, WorkerProcess worker)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                fail("no " + what + " within " + limit.toSeconds() + " s; the worker "
                        + (worker.process.isAlive() ? "runs" : "exited with " + worker.process.exitValue())
                        + " and said:\n" + worker.stderr());
            }
            Thread.sleep(20);
        }
    }

    private WorkerProcess startWorker(Map<String, String> environment, String... args) throws IOException {
        return startWorker(Boolean.getBoolean("sentigrid.worker.debug"), environment, args);
    }

    private WorkerProcess startWorker(boolean debugLog, Map<String, String> environment, String... args)
            throws IOException {
        List<String> jvmOptions = new ArrayList<>(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        if (debugLog) {
            // The worker's DEBUG log on its standard error (all tests: -Dsentigrid.worker.debug=true).
            Path logging = Files.writeString(temp.resolve("logging.properties"), String.join("\n",
                    "handlers=java.util.logging.ConsoleHandler", "java.util.logging.ConsoleHandler.level=ALL",
                    "org.sentigrid.worker.level=ALL",
                    "java.util.logging.SimpleFormatter.format=%1$tT.%1$tL %4$s %5$s%6$s%n"));
            jvmOptions.add("-Djava.util.logging.config.file=" + logging);
        }
        List<String> command = ChildJvm.command(jvmOptions, WorkerMain.class, args);
        Path stderr = Files.createTempFile(temp, "worker", ".err");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile());
        builder.environment().remove(WorkerMain.TOKEN_VARIABLE);
        builder.environment().putAll(environment);
        WorkerProcess worker = new WorkerProcess(builder.start(), stderr);
        children.add(worker);
        return worker;
    }

    /** A worker child and what it wrote on standard error. */
    private record WorkerProcess(Process process, Path stderrFile) {
        String stderr() {
            try {
                // Without the JVM's own notices (JAVA_TOOL_OPTIONS and the like).
                return Files.readAllLines(stderrFile, StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.startsWith("Picked up "))
                        .map(line -> line + "\n")
                        .collect(Collectors.joining());
            } catch (IOException e) {
                return "(cannot read: " + e + ")";
            }
        }

        int awaitExit(Duration limit) throws InterruptedException {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                fail("the worker still runs after " + limit.toSeconds() + " s; it said:\n" + stderr());
            }
            return process.exitValue();
        }
    }
}
