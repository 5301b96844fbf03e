package org.sentigrid.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.sentigrid.grid.Reviews;
import org.sentigrid.grid.TestHosts;
import org.sentigrid.grid.tls.CoordinatorKeys;
import org.sentigrid.testing.ChildJvm;

/**
 * {@code sentigrid launch} against a real OpenSSH server: the worker host (a network namespace) runs
 * Debian's sshd on a key made for the test; on the coordinator host, {@code analyze --listen} waits for a
 * worker, {@code launch} logs in over SSH, checks the host key, copies the worker jar, starts the worker,
 * which joins across the link; the job's output equals an in-process run; {@code launch --stop} ends the
 * worker and no process of it is left. Needs root and openssh-server (installed by .ci/run); skipped
 * with a message otherwise.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
@Tag("ssh")
class LaunchOverSshTest {
    private static final String TOKEN = "launch-test-token-0123456789abcd";
    private static final Pattern PROCESS = Pattern.compile("started the worker on \\S+ \\(process (\\d+)\\)");

    @TempDir
    Path dir;
    private TestHosts hosts;
    private TestSshd sshd;

    @BeforeEach
    void aWorkerHostWithAnSshServer() throws Exception {
        assumeTrue(Files.isExecutable(TestSshd.SSHD), "LaunchOverSshTest skipped: no " + TestSshd.SSHD + " (apt-get install openssh-server)");
        hosts = TestHosts.create("LaunchOverSshTest");
        sshd = TestSshd.prepare(dir, TestHosts.WORKER_ADDRESS, 22);
        hosts.start(hosts.workerHost(), sshd.command(), dir.resolve("sshd.out"), dir.resolve("sshd.err"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!hosts.runOn(hosts.coordinatorHost(), "bash", "-c",
                "exec 3<>/dev/tcp/" + TestHosts.WORKER_ADDRESS + "/22").ok()) {
            assertThat(System.nanoTime()).as("sshd listening; its log: %s", Files.readString(dir.resolve("sshd.err")))
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @AfterEach
    void deleteTheHosts() throws Exception {
        if (hosts != null) {
            hosts.close();
        }
    }

    @Test
    void aWorkerLaunchedOverSshJoinsScoresExactlyAndStopsWithoutALeftover() throws Exception {
        Path input = Files.writeString(dir.resolve("reviews.txt"), Reviews.lines(50_000), StandardCharsets.UTF_8);
        Path workerJar = workerJar();
        String expected = new String(runHere(java("analyze", "--split", "lines", "--in-process", input.toString())),
                StandardCharsets.UTF_8);

        String listen = TestHosts.COORDINATOR_ADDRESS + ":50505";
        List<String> coordinator = java("analyze", "--split", "lines", "--listen", listen, "--token", TOKEN,
                "--threads", "0", "--local-workers", "0", "--min-workers", "1", input.toString());
        // The coordinator's TLS key goes in a scratch directory, not in this machine's ~/.config.
        coordinator.add(1, "-D" + CoordinatorKeys.DIRECTORY_PROPERTY + "=" + dir.resolve("config"));
        Process analyze = hosts.start(hosts.coordinatorHost(), coordinator, dir.resolve("analyze.out"), dir.resolve("analyze.err"));
        List<String> joinArguments = joinArguments(dir.resolve("analyze.err"));

        // First without trusting the host key: refused, naming the key's fingerprint.
        String fingerprint = sshd.hostKeyFingerprint();
        List<String> launch = new ArrayList<>(java("launch", "--ssh", "root@" + TestHosts.WORKER_ADDRESS,
                "--identity", dir.resolve("user_key").toString(), "--known-hosts", dir.resolve("known_hosts").toString(),
                "--worker-jar", workerJar.toString(), "--folder", dir.resolve("remote").toString(), "--name", "remote"));
        launch.addAll(joinArguments);
        TestHosts.Result refused = onCoordinatorHost(launch);
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.output()).contains("the host key of " + TestHosts.WORKER_ADDRESS + " is not in")
                .contains("--accept-host-key " + fingerprint).doesNotContain("Exception");

        // A key the server does not know, and a host key that changed: each refused in one plain line.
        sshd.keyPair("stranger");
        List<String> stranger = new ArrayList<>(launch);
        stranger.set(stranger.indexOf(dir.resolve("user_key").toString()), dir.resolve("stranger").toString());
        stranger.addAll(List.of("--accept-host-key", fingerprint));
        TestHosts.Result notAuthorized = onCoordinatorHost(stranger);
        assertThat(notAuthorized.status()).isEqualTo(1);
        assertThat(notAuthorized.output()).contains("did not accept the key " + dir.resolve("stranger"))
                .doesNotContain("Exception");
        sshd.keyPair("other_host_key");
        Path otherKnownHosts = Files.writeString(dir.resolve("other_known_hosts"), TestHosts.WORKER_ADDRESS + " "
                + Files.readString(dir.resolve("other_host_key.pub")));
        List<String> impostor = new ArrayList<>(launch);
        impostor.set(impostor.indexOf(dir.resolve("known_hosts").toString()), otherKnownHosts.toString());
        TestHosts.Result changed = onCoordinatorHost(impostor);
        assertThat(changed.status()).isEqualTo(1);
        assertThat(changed.output()).contains("the host key of " + TestHosts.WORKER_ADDRESS + " has CHANGED")
                .doesNotContain("Exception");

        List<String> accepting = new ArrayList<>(launch);
        accepting.addAll(List.of("--accept-host-key", fingerprint));
        TestHosts.Result launched = onCoordinatorHost(accepting);

        assertThat(launched.status()).as(launched.output()).isZero();
        assertThat(launched.output()).contains("copied the worker to root@" + TestHosts.WORKER_ADDRESS)
                .contains("joined the grid");
        assertThat(Files.readString(dir.resolve("known_hosts"))).as("the accepted key is remembered").contains(TestHosts.WORKER_ADDRESS);
        assertThat(analyze.waitFor(120, TimeUnit.SECONDS)).as("analyze ends").isTrue();
        assertThat(analyze.exitValue()).as(Files.readString(dir.resolve("analyze.err"))).isZero();
        assertThat(Files.readString(dir.resolve("analyze.out"))).as("output scored by the launched worker").isEqualTo(expected);
        assertThat(Files.readString(dir.resolve("analyze.err"))).contains("by worker: remote ");

        Matcher started = PROCESS.matcher(launched.output());
        assertThat(started.find()).isTrue();
        long pid = Long.parseLong(started.group(1));
        assertThat(ProcessHandle.of(pid)).as("the worker runs").isPresent();
        assertThat(new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")), StandardCharsets.UTF_8))
                .as("the worker's command line (anyone on its machine can read it)").contains("sentigrid-worker.jar")
                .doesNotContain(TOKEN).doesNotContain("sg1:");
        TestHosts.Result stopped = onCoordinatorHost(java("launch", "--stop", "--ssh", "root@" + TestHosts.WORKER_ADDRESS,
                "--identity", dir.resolve("user_key").toString(), "--known-hosts", dir.resolve("known_hosts").toString(),
                "--folder", dir.resolve("remote").toString()));

        assertThat(stopped.status()).as(stopped.output()).isZero();
        assertThat(stopped.output()).contains("stopped the worker on root@" + TestHosts.WORKER_ADDRESS);
        assertThat(ProcessHandle.of(pid)).as("no worker process left").isEmpty();
        TestHosts.Result again = onCoordinatorHost(java("launch", "--log", "--ssh", "root@" + TestHosts.WORKER_ADDRESS,
                "--identity", dir.resolve("user_key").toString(), "--known-hosts", dir.resolve("known_hosts").toString(),
                "--folder", dir.resolve("remote").toString()));
        assertThat(again.output()).as("its log, read over SSH").contains("joined the coordinator at");
    }

    /** The options of the join command analyze printed ("... run: sentigrid worker OPTIONS (with only the worker jar: ...)"). */
    private static List<String> joinArguments(Path analyzeErr) throws Exception {
        Pattern command = Pattern.compile("run: sentigrid worker (.+?)(?: \\(with only the worker jar.*)?$", Pattern.MULTILINE);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Matcher m = command.matcher(Files.readString(analyzeErr));
            if (m.find()) {
                return List.of(m.group(1).strip().split(" "));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("analyze printed no join command: " + Files.readString(analyzeErr));
    }

    private TestHosts.Result onCoordinatorHost(List<String> command) throws Exception {
        Path out = Files.createTempFile(dir, "launch", ".out");
        Path err = Files.createTempFile(dir, "launch", ".err");
        Process process = hosts.start(hosts.coordinatorHost(), command, out, err);
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("launch ends").isTrue();
        return new TestHosts.Result(process.exitValue(), Files.readString(out) + Files.readString(err));
    }

    private static byte[] runHere(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private static List<String> java(String... args) {
        return ChildJvm.command(Main.class, args);
    }

    /** The worker jar the build made (rmi-worker is packaged before app-ui is tested). */
    private static Path workerJar() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path jar = dir.resolve("rmi-worker/target/sentigrid-worker.jar");
            if (Files.isRegularFile(jar)) {
                return jar;
            }
        }
        throw new AssertionError("no rmi-worker/target/sentigrid-worker.jar: run ./mvnw package first");
    }
}
