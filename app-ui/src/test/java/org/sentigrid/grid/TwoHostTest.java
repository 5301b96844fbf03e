package org.sentigrid.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sentigrid.app.Main;
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
class TwoHostTest {
    private static final int LINES = 600_000;
    private static final String TOKEN = "two-host-test-token-0123456789ab";
    /** A /30 of the private range, assigned only to the two namespaces' ends of the veth pair. */
    private static final String COORDINATOR_ADDRESS = "10.231.0.1";
    private static final String WORKER_ADDRESS = "10.231.0.2";
    /** The namespaces are fresh, so no port in them is taken. */
    private static final int PORT = 50505;
    private static final String COORDINATOR_LINK = "sg-coord0";
    private static final String WORKER_LINK = "sg-work0";
    private static final long STEP_SECONDS = 30;
    private static final AtomicInteger RUNS = new AtomicInteger();
    /** Where the coordinator makes its TLS key: a scratch directory, not the user's. */
    private static Path configDir;

    @TempDir
    Path dir;
    private String coordinatorHost;
    private String workerHost;
    private final List<Process> started = new ArrayList<>();

    @BeforeEach
    void twoHostsJoinedByAVethPair() throws Exception {
        configDir = dir.resolve("config");
        String ip = ipCommand();
        assumeTrue(ip != null, "TwoHostTest skipped: no `ip` command (iproute2) to create network namespaces");
        String uid = run(List.of("id", "-u")).output().strip();
        assumeTrue(uid.equals("0"), "TwoHostTest skipped: network namespaces need root, and this runs as uid " + uid);
        String id = ProcessHandle.current().pid() + "-" + RUNS.incrementAndGet();

        Result add = ip("netns", "add", "sg-coord-" + id);
        assumeTrue(add.ok(), "TwoHostTest skipped: cannot create a network namespace here (ip netns add: "
                + add.output().strip() + ")");
        coordinatorHost = "sg-coord-" + id;
        add = ip("netns", "add", "sg-work-" + id);
        assumeTrue(add.ok(), "TwoHostTest skipped: cannot create a second network namespace (ip netns add: "
                + add.output().strip() + ")");
        workerHost = "sg-work-" + id;

        // Both ends are created straight inside their namespaces: nothing appears in this machine's own.
        Result veth = ip("link", "add", COORDINATOR_LINK, "netns", coordinatorHost, "type", "veth",
                "peer", "name", WORKER_LINK, "netns", workerHost);
        assumeTrue(veth.ok(), "TwoHostTest skipped: cannot create a veth pair (ip link add: " + veth.output().strip() + ")");
        must(ip("-n", coordinatorHost, "addr", "add", COORDINATOR_ADDRESS + "/30", "dev", COORDINATOR_LINK));
        must(ip("-n", workerHost, "addr", "add", WORKER_ADDRESS + "/30", "dev", WORKER_LINK));
        for (String host : List.of(coordinatorHost, workerHost)) {
            must(ip("-n", host, "link", "set", "lo", "up"));
        }
        must(ip("-n", coordinatorHost, "link", "set", COORDINATOR_LINK, "up"));
        must(ip("-n", workerHost, "link", "set", WORKER_LINK, "up"));
    }

    @AfterEach
    void killEverythingAndDeleteBothHosts() throws Exception {
        List<ProcessHandle> all = new ArrayList<>();
        for (Process process : started) {
            all.addAll(process.descendants().toList());
            all.add(process.toHandle());
        }
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : all) {
            try {
                process.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception stillThere) {
                // Reported by the namespace deletion below if it matters; keep cleaning up.
            }
        }
        List<String> problems = new ArrayList<>();
        for (String host : new String[] {workerHost, coordinatorHost}) {
            if (host != null) {
                Result del = ip("netns", "del", host);
                if (!del.ok()) {
                    problems.add(host + ": " + del.output().strip());
                }
            }
        }
        assertThat(problems).as("network namespaces deleted").isEmpty();
    }

    @Test
    void aRemoteWorkerCutOffMidJobIsDeclaredGoneAndTheJobCompletesOnTheLocalWorkerWithExactOutput() throws Exception {
        Path input = dir.resolve("reviews.txt");
        Files.writeString(input, Reviews.lines(LINES), StandardCharsets.UTF_8);
        Proc inProcess = start(null, "in-process", java(Main.class.getName(), "analyze", "--split", "lines",
                "--in-process", input.toString()));
        assertThat(inProcess.waitFor(120)).as("in-process exit status").isZero();
        String baseline = inProcess.out();
        assertThat(baseline.lines().count()).isEqualTo(LINES + 1);
        long baselineBytes = Files.size(inProcess.outFile());

        String join = COORDINATOR_ADDRESS + ":" + PORT;
        Proc analyze = start(coordinatorHost, "analyze", java(Main.class.getName(), "analyze", "--split", "lines",
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
        List<String> worker = java(WorkerMain.class.getName(), "--join-code", printed.group(1), "--name", "remote",
                "--threads", "2");
        worker.add(1, "-Djava.util.logging.config.file=" + logging);
        Proc remote = start(workerHost, "remote", worker);

        analyze.awaitErr("worker remote joined from", "the remote worker joining");
        remote.awaitErr("units scored and sent", "the remote worker sending scores across the link");
        analyze.awaitOutput(64 * 1024, "output to flow");

        long written = Files.size(analyze.outFile());
        must(ip("-n", coordinatorHost, "link", "set", COORDINATOR_LINK, "down"));
        long cutAt = System.nanoTime();
        assertThat(analyze.process().isAlive()).as("analyze still running when the link was cut").isTrue();
        assertThat(written).as("output written when the link was cut (the job is partial)")
                .isLessThan(baselineBytes / 2);

        assertThat(analyze.waitFor(60)).as("analyze exit status").isZero();
        double afterCut = (System.nanoTime() - cutAt) / 1e9;
        String err = analyze.err();
        assertThat(analyze.out()).as("output after the cut").isEqualTo(baseline);
        assertThat(err).containsPattern("worker w\\d+-remote is gone \\(silent for \\d+ s\\); its batches run elsewhere")
                .doesNotContain("Exception").doesNotContain("were not scored");
        Matcher byWorker = Pattern.compile("by worker: (.*)\\.").matcher(err);
        assertThat(byWorker.find()).as("the summary names the workers: " + err).isTrue();
        assertThat(units(byWorker.group(1), "remote")).as("units the remote worker scored across the link").isPositive();
        assertThat(units(byWorker.group(1), "local-1")).as("units the local worker scored").isPositive();
        assertThat(units(byWorker.group(1), "remote") + units(byWorker.group(1), "local-1")).isEqualTo(LINES);
        System.out.printf("TwoHostTest: cut at %,d of %,d output bytes; analyze finished %.1f s after the cut; %s%n",
                written, baselineBytes, afterCut, byWorker.group(1));
    }

    // --- the processes ---

    /** Starts a command on a host (a namespace), or on this machine's own network for {@code host} null. */
    private Proc start(String host, String name, List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (host != null) {
            full.addAll(List.of(ipCommand(), "netns", "exec", host));
        }
        full.addAll(command);
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        Process process = new ProcessBuilder(full).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        started.add(process);
        return new Proc(name, process, out, err);
    }

    private static List<String> java(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + org.sentigrid.grid.tls.CoordinatorKeys.DIRECTORY_PROPERTY + "=" + configDir,
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return command;
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

        void awaitOutput(long bytes, String what) throws Exception {
            await(what, () -> Files.size(outFile) >= bytes);
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

    // --- ip(8) ---

    private record Result(int status, String output) {
        boolean ok() {
            return status == 0;
        }
    }

    private static Result ip(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ipCommand());
        command.addAll(List.of(args));
        return run(command);
    }

    private static void must(Result result) {
        assertThat(result.ok()).as("ip: " + result.output()).isTrue();
    }

    /** Runs a short command, bounded to 20 s; status -1 when it could not start or did not end. */
    private static Result run(List<String> command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        }
        process.getOutputStream().close();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, String.join(" ", command) + " did not end within 20 s");
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /** The ip(8) binary (often in /usr/sbin, which may not be on a test's PATH); null if there is none. */
    private static String ipCommand() {
        for (String candidate : List.of("/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }
}
