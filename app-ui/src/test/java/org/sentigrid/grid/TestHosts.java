package org.sentigrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Two hosts on this machine for tests: Linux network namespaces (a coordinator host and a worker host)
 * joined by a veth pair whose private addresses exist only inside them. Needs root and iproute2; where
 * they cannot be made the test is skipped with a message. {@link #close} kills what was started in them
 * and deletes both.
 */
public final class TestHosts implements AutoCloseable {
    /** A /30 of the private range, assigned only to the two namespaces' ends of the veth pair. */
    public static final String COORDINATOR_ADDRESS = "10.231.0.1";
    public static final String WORKER_ADDRESS = "10.231.0.2";
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final String ip;
    private final String test;
    private String coordinatorHost;
    private String workerHost;
    private final List<Process> started = new ArrayList<>();

    private TestHosts(String ip, String test) {
        this.ip = ip;
        this.test = test;
    }

    /** Makes the two hosts for {@code test} (named in skip messages), or skips the test. */
    public static TestHosts create(String test) throws Exception {
        String ip = ipCommand();
        Assumptions.assumeTrue(ip != null, test + " skipped: no `ip` command (iproute2) to create network namespaces");
        String uid = run(List.of("id", "-u")).output().strip();
        Assumptions.assumeTrue(uid.equals("0"), test + " skipped: network namespaces need root, and this runs as uid " + uid);
        TestHosts hosts = new TestHosts(ip, test);
        try {
            hosts.link(ProcessHandle.current().pid() + "-" + RUNS.incrementAndGet());
            return hosts;
        } catch (Exception | Error e) {
            hosts.close();
            throw e;
        }
    }

    private void link(String id) throws Exception {
        Result add = ip("netns", "add", "sg-coord-" + id);
        Assumptions.assumeTrue(add.ok(), test + " skipped: cannot create a network namespace here (ip netns add: "
                + add.output().strip() + ")");
        coordinatorHost = "sg-coord-" + id;
        add = ip("netns", "add", "sg-work-" + id);
        Assumptions.assumeTrue(add.ok(), test + " skipped: cannot create a second network namespace (ip netns add: "
                + add.output().strip() + ")");
        workerHost = "sg-work-" + id;
        // Both ends are created straight inside their namespaces: nothing appears in this machine's own.
        Result veth = ip("link", "add", "sg-coord0", "netns", coordinatorHost, "type", "veth",
                "peer", "name", "sg-work0", "netns", workerHost);
        Assumptions.assumeTrue(veth.ok(), test + " skipped: cannot create a veth pair (ip link add: " + veth.output().strip() + ")");
        must(ip("-n", coordinatorHost, "addr", "add", COORDINATOR_ADDRESS + "/30", "dev", "sg-coord0"));
        must(ip("-n", workerHost, "addr", "add", WORKER_ADDRESS + "/30", "dev", "sg-work0"));
        for (String host : List.of(coordinatorHost, workerHost)) {
            must(ip("-n", host, "link", "set", "lo", "up"));
        }
        must(ip("-n", coordinatorHost, "link", "set", "sg-coord0", "up"));
        must(ip("-n", workerHost, "link", "set", "sg-work0", "up"));
    }

    public String coordinatorHost() {
        return coordinatorHost;
    }

    public String workerHost() {
        return workerHost;
    }

    /** Cuts the link between the two hosts (the coordinator host's end goes down), as a pulled cable would. */
    public void cutLink() throws Exception {
        must(ip("-n", coordinatorHost, "link", "set", "sg-coord0", "down"));
    }

    /**
     * Slows the link to {@code rate} (tc's notation, e.g. "20mbit") both ways, with a token bucket at each
     * end; skips the test where {@code tc} is missing or this kernel has no tbf.
     */
    public void slowLink(String rate) throws Exception {
        String tc = Stream.of("/usr/sbin/tc", "/sbin/tc", "/usr/bin/tc").filter(path -> Files.isExecutable(Path.of(path)))
                .findFirst().orElse(null);
        Assumptions.assumeTrue(tc != null, test + " skipped: no `tc` command (iproute2) to slow the link");
        for (String[] end : new String[][] {{coordinatorHost, "sg-coord0"}, {workerHost, "sg-work0"}}) {
            Result shaped = runOn(end[0], tc, "qdisc", "add", "dev", end[1], "root", "tbf", "rate", rate, "burst", "64kb",
                    "latency", "50ms");
            Assumptions.assumeTrue(shaped.ok(), test + " skipped: cannot slow the link (tc: " + shaped.output().strip() + ")");
        }
    }

    /** Starts {@code command} on {@code host} (or on this machine's own network for null), output to files in {@code dir}. */
    public Process start(String host, List<String> command, Path out, Path err) throws IOException {
        List<String> full = new ArrayList<>();
        if (host != null) {
            full.addAll(List.of(ip, "netns", "exec", host));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        started.add(process);
        return process;
    }

    /** Runs a short command on {@code host}, bounded to 20 s. */
    public Result runOn(String host, String... command) throws Exception {
        List<String> full = new ArrayList<>(List.of(ip, "netns", "exec", host));
        full.addAll(List.of(command));
        return run(full);
    }

    @Override
    public void close() throws Exception {
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

    /** A command's exit status and its output (stdout and stderr together). */
    public record Result(int status, String output) {
        public boolean ok() {
            return status == 0;
        }
    }

    private Result ip(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ip);
        command.addAll(List.of(args));
        return run(command);
    }

    private static void must(Result result) {
        assertThat(result.ok()).as("ip: " + result.output()).isTrue();
    }

    /** Runs a short command, bounded to 20 s; status -1 when it could not start or did not end. */
    public static Result run(List<String> command) throws Exception {
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
