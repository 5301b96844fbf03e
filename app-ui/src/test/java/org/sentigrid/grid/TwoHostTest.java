package org.sentigrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sentigrid.app.Main;
import org.sentigrid.grid.tls.CoordinatorKeys;
import org.sentigrid.testing.ChildJvm;
import org.sentigrid.worker.WorkerMain;

/**
 * The grid across a real network link: two hosts on this machine, each a Linux network namespace (a
 * coordinator host and a worker host) joined by a veth pair with private addresses that exist only
 * inside those two namespaces. {@code analyze} runs on the coordinator host with one local worker,
 * a worker on the worker host joins across the link with the printed join code (TLS) and scores, then the link is cut mid-job. The
 * coordinator must declare the remote worker gone, run its batches on the local worker, and write
 * output byte-identical to an {@code --in-process} run.
 *
 * <p>Needs root (namespaces, links); skipped with a message where they cannot be made. Nothing is
 * sent to any address but the two namespaces' own; both are deleted at the end, also on failure.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
@Tag("netns")
class TwoHostTest {
    private static final int LINES = 600_000;
    /** About 4 MB of text: a few seconds over a 20 Mbit/s link, unpacked. */
    private static final int SLOW_LINK_LINES = 40_000;
    private static final String TOKEN = "two-host-test-token-0123456789ab";
    private static final String COORDINATOR_ADDRESS = TestHosts.COORDINATOR_ADDRESS;
    /** The namespaces are fresh, so no port in them is taken. */
    private static final int PORT = 50505;
    private static final long STEP_SECONDS = 30;
    /** Where the coordinator makes its TLS key: a scratch directory, not the user's. */
    private static Path configDir;

    @TempDir
    Path dir;
    private TestHosts hosts;
    private String coordinatorHost;
    private String workerHost;

    @BeforeEach
    void twoHostsJoinedByAVethPair() throws Exception {
        configDir = dir.resolve("config");
        hosts = TestHosts.create("TwoHostTest");
        coordinatorHost = hosts.coordinatorHost();
        workerHost = hosts.workerHost();
    }

    @AfterEach
    void killEverythingAndDeleteBothHosts() throws Exception {
        if (hosts != null) {
            hosts.close();
        }
    }

    @Test
    void aRemoteWorkerCutOffMidJobIsDeclaredGoneAndTheJobCompletesOnTheLocalWorkerWithExactOutput() throws Exception {
        Path input = dir.resolve("reviews.txt");
        Files.writeString(input, Reviews.lines(LINES), StandardCharsets.UTF_8);
        Proc inProcess = start(null, "in-process", java(Main.class, "analyze", "--split", "lines",
                "--in-process", input.toString()));
        assertThat(inProcess.waitFor(120)).as("in-process exit status").isZero();
        String baseline = inProcess.out();
        assertThat(baseline.lines().count()).isEqualTo(LINES + 1);
        long baselineBytes = Files.size(inProcess.outFile());

        String join = COORDINATOR_ADDRESS + ":" + PORT;
        Proc analyze = start(coordinatorHost, "analyze", java(Main.class, "analyze", "--split", "lines",
                "--listen", join, "--token", TOKEN, "--local-workers", "1", "--min-workers", "2", input.toString()));
        analyze.awaitErr("listening on " + join + " for workers on the LAN", "the coordinator listening");
        Matcher printed = Pattern.compile("run: sentigrid worker --join-code (sg1:[A-Za-z0-9_-]+)").matcher(analyze.err());
        assertThat(printed.find()).as("the join command printed: " + analyze.err()).isTrue();

        // The remote worker logs each batch it sends back (DEBUG), so the test knows scores crossed the link.
        Path logging = dir.resolve("worker-logging.properties");
        Files.writeString(logging, String.join("\n",
                "handlers=java.util.logging.ConsoleHandler",
                "java.util.logging.ConsoleHandler.level=FINE",
                ".level=INFO",
                "org.sentigrid.worker.level=FINE", ""));
        List<String> worker = java(WorkerMain.class, "--join-code", printed.group(1), "--name", "remote",
                "--threads", "2");
        worker.add(1, "-Djava.util.logging.config.file=" + logging);
        Proc remote = start(workerHost, "remote", worker);

        analyze.awaitErr("worker remote joined from", "the remote worker joining");
        // Cut as soon as the first scores crossed: the remote then still holds batches it fetched ahead, and
        // most of the job is left. (Waiting for output to flow first was too late once: the remote had
        // scored all it ever would, the job ended within the silence limit, and no one was declared gone.)
        remote.awaitErr("units scored and sent", "the remote worker sending scores across the link");

        long written = Files.size(analyze.outFile());
        hosts.cutLink();
        long cutAt = System.nanoTime();
        assertThat(analyze.process().isAlive()).as("analyze still running when the link was cut").isTrue();
        assertThat(written).as("output written when the link was cut (the job is partial)")
                .isLessThan(baselineBytes / 2);

        assertThat(analyze.waitFor(60)).as("analyze exit status").isZero();
        double afterCut = (System.nanoTime() - cutAt) / 1e9;
        String err = analyze.err();
        assertThat(analyze.out()).as("output after the cut").isEqualTo(baseline);
        assertThat(err).containsPattern("worker remote is gone \\(silent for \\d+ s\\); its batches run elsewhere")
                .doesNotContain("Exception").doesNotContain("were not scored");
        Matcher byWorker = Pattern.compile("by worker: (.*)\\.").matcher(err);
        assertThat(byWorker.find()).as("the summary names the workers: " + err).isTrue();
        assertThat(units(byWorker.group(1), "remote")).as("units the remote worker scored across the link").isPositive();
        assertThat(units(byWorker.group(1), "local-1")).as("units the local worker scored").isPositive();
        assertThat(units(byWorker.group(1), "remote") + units(byWorker.group(1), "local-1")).isEqualTo(LINES);
        System.out.printf("TwoHostTest: cut at %,d of %,d output bytes; analyze finished %.1f s after the cut; %s%n",
                written, baselineBytes, afterCut, byWorker.group(1));
    }

    @Test
    void aRemoteWorkerOnASlowLinkGetsItsWorkPackedAndTheOutputIsExact() throws Exception {
        hosts.slowLink("20mbit");
        Path input = dir.resolve("reviews.txt");
        Files.writeString(input, Reviews.lines(SLOW_LINK_LINES), StandardCharsets.UTF_8);
        Proc inProcess = start(null, "in-process", java(Main.class, "analyze", "--split", "lines",
                "--in-process", input.toString()));
        assertThat(inProcess.waitFor(120)).as("in-process exit status").isZero();

        String join = COORDINATOR_ADDRESS + ":" + PORT;
        Proc analyze = start(coordinatorHost, "analyze", java(Main.class, "analyze", "--split", "lines",
                "--listen", join, "--token", TOKEN, "--threads", "0", "--local-workers", "0", "--min-workers", "1",
                input.toString()));
        analyze.awaitErr("listening on " + join + " for workers on the LAN", "the coordinator listening");
        Matcher printed = Pattern.compile("run: sentigrid worker --join-code (sg1:[A-Za-z0-9_-]+)").matcher(analyze.err());
        assertThat(printed.find()).as("the join command printed: " + analyze.err()).isTrue();
        start(workerHost, "remote", java(WorkerMain.class, "--join-code", printed.group(1), "--name", "remote",
                "--threads", "1"));

        assertThat(analyze.waitFor(90)).as("analyze exit status").isZero();
        assertThat(analyze.err()).containsPattern("worker remote joined from .* \\(1 thread; link \\d+ Mbit/s, packed\\)")
                .contains("by worker: remote " + String.format("%,d", SLOW_LINK_LINES) + ".");
        assertThat(analyze.out()).as("output over the slow link").isEqualTo(inProcess.out());
    }

    // --- the processes ---

    /** Starts a command on a host (a namespace), or on this machine's own network for {@code host} null. */
    private Proc start(String host, String name, List<String> command) throws IOException {
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        return new Proc(name, hosts.start(host, command, out, err), out, err);
    }

    private static List<String> java(Class<?> main, String... args) {
        return ChildJvm.command(List.of("-D" + CoordinatorKeys.DIRECTORY_PROPERTY + "=" + configDir), main, args);
    }

    private record Proc(String name, Process process, Path outFile, Path errFile) {
        int waitFor(long seconds) throws Exception {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                throw new AssertionError(name + " ran for over " + seconds + " s; its stderr:\n" + err());
            }
            return process.exitValue();
        }

        String out() throws IOException {
            return Files.readString(outFile, StandardCharsets.UTF_8);
        }

        String err() throws IOException {
            return Files.readString(errFile, StandardCharsets.UTF_8);
        }

        void awaitErr(String text, String what) throws Exception {
            await(what, () -> err().contains(text));
        }

        private void await(String what, Check check) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STEP_SECONDS);
            while (!check.holds()) {
                if (!process.isAlive()) {
                    throw new AssertionError(name + " exited (status " + process.exitValue() + ") before " + what
                            + "; its stderr:\n" + err());
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no " + what + " within " + STEP_SECONDS + " s; " + name + " said:\n" + err());
                }
                Thread.sleep(10);
            }
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    /** The units a worker scored, from the summary's {@code local-1 75,000, remote 75,000}; 0 if not named. */
    private static long units(String byWorker, String name) {
        Matcher m = Pattern.compile("(?:^|, )" + Pattern.quote(name) + " ([\\d,]+)").matcher(byWorker);
        return m.find() ? Long.parseLong(m.group(1).replace(",", "")) : 0;
    }
}
