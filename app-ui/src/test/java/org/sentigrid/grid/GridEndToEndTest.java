package org.sentigrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sentigrid.api.ExitStatus;
import org.sentigrid.app.Main;
import org.sentigrid.testing.ChildJvm;
import org.sentigrid.worker.WorkerMain;

/**
 * {@code sentigrid analyze} on the grid as users run it: a real analyze process, real worker JVMs,
 * real RMI on loopback. Whatever the workers and their failures, the output must be byte-identical
 * to an {@code --in-process} run.
 */
@Tag("process")
class GridEndToEndTest {
    private static final int LINES = 600_000;
    private static final String TOKEN = "grid-end-to-end-token-0123456789";

    @TempDir
    static Path dir;
    private static Path input;
    private static String baseline;

    private final List<Process> started = new ArrayList<>();

    @BeforeAll
    static void writeInputAndTheInProcessBaseline() throws Exception {
        input = dir.resolve("reviews.txt");
        Files.writeString(input, Reviews.lines(LINES), StandardCharsets.UTF_8);
        Run run = new GridEndToEndTest().analyze("--in-process");
        assertThat(run.waitFor()).isZero();
        baseline = run.out();
        assertThat(baseline.lines().count()).isEqualTo(LINES + 1);
    }

    @AfterEach
    void killWhatIsLeft() {
        for (Process process : started) {
            process.descendants().forEach(child -> {
                signal("CONT", child.pid());
                child.destroyForcibly();
            });
            process.destroyForcibly();
        }
    }

    @ParameterizedTest(name = "{0} local workers")
    @ValueSource(ints = {1, 2, 3})
    void gridOutputIsByteIdenticalToInProcess(int workers) throws Exception {
        Run run = analyze("--local-workers", Integer.toString(workers));
        assertThat(run.waitFor()).isZero();
        assertThat(run.out()).isEqualTo(baseline);
        assertThat(run.err()).doesNotContain("Exception").containsPattern("by worker: local-\\d+ [\\d,]+");
    }

    @Test
    void aKilledWorkersBatchesRunElsewhereAndTheOutputIsExact() throws Exception {
        Run run = analyze("--local-workers", "2");
        ProcessHandle victim = run.awaitWorkersAndProgress(2);
        victim.destroyForcibly();
        assertThat(run.waitFor()).isZero();
        assertThat(run.out()).isEqualTo(baseline);
    }

    @Test
    void aFrozenWorkersBatchesRunElsewhereAndTheOutputIsExact() throws Exception {
        // The input three times over: the job must outlast the 4 s of silence after which a frozen worker
        // is declared gone (with the input once, a busy machine finished first: the flake this fixes).
        Run run = analyze(3, "--local-workers", "2");
        ProcessHandle victim = run.awaitWorkersAndProgress(2);
        signal("STOP", victim.pid());
        try {
            assertThat(run.waitFor()).isZero();
            String body = baseline.substring(baseline.indexOf('\n') + 1);
            assertThat(run.out()).isEqualTo(baseline + body + body);
            assertThat(run.err()).containsPattern("worker local-\\d is gone \\(silent for"); // by its name, not its id
        } finally {
            signal("CONT", victim.pid());
        }
    }

    @Test
    void aWorkerJoiningMidJobTakesWorkAndTheOutputIsExact() throws Exception {
        int port = freePort();
        Run run = analyze("--local-workers", "1", "--listen", "127.0.0.1:" + port, "--token", TOKEN);
        run.awaitWorkersAndProgress(1);
        Process joiner = worker("--join", "127.0.0.1:" + port, "--token", TOKEN, "--name", "joiner", "--threads", "1");
        assertThat(run.waitFor()).isZero();
        assertThat(run.out()).isEqualTo(baseline);
        joiner.destroy();
        assertThat(joiner.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aWorkerWithTheWrongTokenIsRefusedWithAPlainLineOnBothSides() throws Exception {
        int port = freePort();
        // The job waits for a second worker, so it is still there when the intruder comes; then one joins.
        Run run = analyze("--local-workers", "1", "--min-workers", "2", "--listen", "127.0.0.1:" + port, "--token", TOKEN);
        run.awaitErr("To join here run");
        Process intruder = worker("--join", "127.0.0.1:" + port, "--token", "not-the-right-token-at-all", "--name", "intruder");
        assertThat(intruder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String intruderSaid = new String(intruder.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(intruder.exitValue()).isEqualTo(ExitStatus.REFUSED);
        assertThat(intruderSaid).contains("did not prove that it knows this join token: the token is wrong")
                .doesNotContain("Exception").doesNotContain("\tat ");
        Process joiner = worker("--join", "127.0.0.1:" + port, "--token", TOKEN, "--name", "joiner", "--threads", "1");
        assertThat(run.waitFor()).isZero();
        joiner.destroy();
        assertThat(run.err()).contains("refused worker connection from 127.0.0.1: the worker did not prove the join"
                + " token: its token is wrong, or it is not a worker");
        assertThat(run.out()).isEqualTo(baseline);
    }

    @Test
    void noWorkerOutlivesAnAnalyzeKilledWithSigkill() throws Exception {
        Run run = analyze("--local-workers", "2");
        run.awaitWorkersAndProgress(2);
        List<ProcessHandle> children = run.process.children().toList();
        run.process.destroyForcibly();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (children.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(children).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void cancellingStopsAllWorkWithinTwoSeconds() throws Exception {
        Run run = analyze("--local-workers", "2");
        run.awaitWorkersAndProgress(2);
        List<ProcessHandle> everyone = new ArrayList<>(run.process.descendants().toList());
        everyone.add(run.process.toHandle());
        // A process started in the background by a script (as CI starts the build) ignores SIGINT, and so does
        // every process it starts, this JVM's children too: then Ctrl+C's signal would do nothing, and the job
        // would simply run to its end. SIGTERM takes the JVM's same way out (shutdown hooks, then exit).
        String signal = ignoresSigint() ? "TERM" : "INT";
        long cancelled = System.nanoTime();
        signal(signal, run.process.pid());
        // The clock runs from before the kill command starts: how much of the time is the test's own kill?
        double sent = (System.nanoTime() - cancelled) / 1e9;
        Map<Long, Double> stoppedAt = new TreeMap<>();
        Process dump = null;
        Path dumpFile = dir.resolve("coordinator-threads.txt");
        while (stoppedAt.size() < everyone.size() && System.nanoTime() - cancelled < TimeUnit.SECONDS.toNanos(10)) {
            double now = (System.nanoTime() - cancelled) / 1e9;
            everyone.stream().filter(p -> !p.isAlive()).forEach(p -> stoppedAt.putIfAbsent(p.pid(), now));
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            if (now > 1.0 && dump == null && run.process.isAlive() && Files.isExecutable(jcmd)) {
                // Slower than it should be: what is the coordinator doing? (CI saw 2.3 s twice; 0.4 s is usual.)
                dump = new ProcessBuilder(jcmd.toString(), Long.toString(run.process.pid()), "Thread.print")
                        .redirectErrorStream(true).redirectOutput(dumpFile.toFile()).start();
            }
            Thread.sleep(10);
        }
        double seconds = (System.nanoTime() - cancelled) / 1e9;
        if (dump != null && dump.waitFor(20, TimeUnit.SECONDS)) {
            System.out.println("GridEndToEndTest: the coordinator still ran 1 s after SIG" + signal + "; its threads then:\n"
                    + Files.readString(dumpFile, StandardCharsets.UTF_8));
        }
        System.out.printf("GridEndToEndTest: every process of the job stopped %.2f s after SIG%s, whose kill command"
                + " returned after %.2f s (coordinator %d; pid: seconds %s)%n", seconds, signal, sent, run.process.pid(), stoppedAt);
        assertThat(everyone).noneMatch(ProcessHandle::isAlive);
        // About 0.4 s. Runs of the whole build started in the background measured 2.2-2.3 s on 2026-12-05: they ignored
        // SIGINT (see above), nothing was cancelled, and the job ran to its end. Stopping promptly is what this checks.
        assertThat(seconds).as("seconds until every process of the job had stopped").isLessThan(5.0);
    }

    // --- the processes ---

    private Run analyze(String... options) throws IOException {
        return analyze(1, options);
    }

    /** analyze with the input given {@code copies} times (its output is the baseline's rows that many times). */
    private Run analyze(int copies, String... options) throws IOException {
        List<String> command = ChildJvm.command(Main.class);
        command.add("analyze");
        command.addAll(List.of("--split", "lines"));
        command.addAll(List.of(options));
        for (int i = 0; i < copies; i++) {
            command.add(input.toString());
        }
        Path out = Files.createTempFile(dir, "out", ".csv");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        started.add(process);
        return new Run(process, out, err);
    }

    private Process worker(String... options) throws IOException {
        List<String> command = ChildJvm.command(WorkerMain.class);
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        started.add(process);
        return process;
    }


    private record Run(Process process, Path outFile, Path errFile) {
        int waitFor() throws InterruptedException {
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("analyze ran for over 180 s");
            }
            return process.exitValue();
        }

        String out() throws IOException {
            return Files.readString(outFile, StandardCharsets.UTF_8);
        }

        String err() throws IOException {
            return Files.readString(errFile, StandardCharsets.UTF_8);
        }

        /** Waits until analyze has said {@code text} on standard error. */
        void awaitErr(String text) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!err().contains(text)) {
                assertThat(System.nanoTime()).as("analyze said \"" + text + "\" within 60 s: " + err()).isLessThan(deadline);
                assertThat(process.isAlive()).as("analyze is running: " + err()).isTrue();
                Thread.sleep(20);
            }
        }

        /** Waits until {@code count} worker children run and results have started to flow; returns one worker. */
        ProcessHandle awaitWorkersAndProgress(int count) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                List<ProcessHandle> workers = process.children().toList();
                if (workers.size() >= count && Files.size(outFile) > 64 * 1024) {
                    assertThat(Files.size(outFile)).as("the job is still running").isLessThan(baseline.length() / 2);
                    return workers.get(workers.size() - 1);
                }
                assertThat(process.isAlive()).as("analyze is running").isTrue();
                Thread.sleep(20);
            }
            throw new AssertionError("no progress within 60 s");
        }
    }

    /** Whether this process ignores SIGINT (bit 2 of SigIgn in /proc/self/status), which its children inherit. */
    private static boolean ignoresSigint() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("SigIgn:"))
                .anyMatch(line -> (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << 1)) != 0);
    }

    private static void signal(String signal, long pid) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("cannot send SIG" + signal, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
