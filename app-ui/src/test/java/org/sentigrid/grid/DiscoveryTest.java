package org.sentigrid.grid;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.sentigrid.api.ExitStatus;
import org.sentigrid.app.Main;
import org.sentigrid.grid.tls.CoordinatorKeys;
import org.sentigrid.testing.ChildJvm;

/**
 * Discovery across a real link (two network namespaces, as {@link TwoHostTest}): a coordinator started with
 * {@code --announce} is listed by {@code worker --discover} on the other host, and {@code --discover NAME
 * --token} joins it over TLS and scores the job exactly; a coordinator without {@code --announce} is not
 * heard; two coordinators announcing one name with different certificates are refused as a conflict.
 * Needs root; skipped with a message otherwise.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
@Tag("netns")
class DiscoveryTest {
    private static final String TOKEN = "discovery-test-token-0123456789";
    private static final Pattern ANNOUNCED = Pattern.compile("announcing \"([^\"]+)\" on the network of");

    @TempDir
    Path dir;
    private TestHosts hosts;

    @BeforeEach
    void twoHosts() throws Exception {
        hosts = TestHosts.create("DiscoveryTest");
    }

    @AfterEach
    void deleteThem() throws Exception {
        if (hosts != null) {
            hosts.close();
        }
    }

    @Test
    void anAnnouncedCoordinatorIsFoundAcrossTheLinkAndJoinedAndAnUnannouncedOneIsNotHeard() throws Exception {
        Path input = Files.writeString(dir.resolve("reviews.txt"), Reviews.lines(20_000), StandardCharsets.UTF_8);
        Process inProcess = new ProcessBuilder(java("analyze", "--split", "lines", "--in-process", input.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String expected = new String(inProcess.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(inProcess.waitFor(60, TimeUnit.SECONDS)).isTrue();

        Process analyze = hosts.start(hosts.coordinatorHost(), coordinator("50505", true, input),
                dir.resolve("analyze.out"), dir.resolve("analyze.err"));
        String name = awaitAnnouncedName(dir.resolve("analyze.err"));

        Result listed = onWorkerHost("list", java("worker", "--discover"));
        assertThat(listed.exit()).as(listed.err()).isZero();
        assertThat(listed.out()).contains(name + "  " + TestHosts.COORDINATOR_ADDRESS + ":50505  SHA256:");
        assertThat(listed.out()).doesNotContain(TOKEN);

        Process worker = hosts.start(hosts.workerHost(), java("worker", "--discover", name, "--token", TOKEN, "--name", "remote"),
                dir.resolve("worker.out"), dir.resolve("worker.err"));
        assertThat(analyze.waitFor(90, TimeUnit.SECONDS)).as("analyze ends").isTrue();
        assertThat(analyze.exitValue()).as(Files.readString(dir.resolve("analyze.err"))).isZero();
        assertThat(Files.readString(dir.resolve("analyze.out"))).isEqualTo(expected);
        assertThat(Files.readString(dir.resolve("analyze.err"))).contains("by worker: remote ");
        assertThat(Files.readString(dir.resolve("worker.err"))).contains("joined the coordinator at " + TestHosts.COORDINATOR_ADDRESS);
        worker.destroy();

        Process quiet = hosts.start(hosts.coordinatorHost(), coordinator("50506", false, input),
                dir.resolve("quiet.out"), dir.resolve("quiet.err"));
        awaitText(dir.resolve("quiet.err"), "listening on " + TestHosts.COORDINATOR_ADDRESS + ":50506");
        Result silence = onWorkerHost("silence", java("worker", "--discover"));
        assertThat(silence.exit()).isEqualTo(1);
        assertThat(silence.err()).contains("no coordinator announced itself within 5 s").doesNotContain("Exception");
        quiet.destroy();

        // Another machine announces the same name with its own certificate: the worker joins neither.
        Process real = hosts.start(hosts.coordinatorHost(), coordinator("50509", true, input),
                dir.resolve("real.out"), dir.resolve("real.err"));
        Process impostor = hosts.start(hosts.coordinatorHost(), coordinator("50510", true, input, "impostor-config"),
                dir.resolve("impostor.out"), dir.resolve("impostor.err"));
        assertThat(awaitAnnouncedName(dir.resolve("real.err"))).isEqualTo(name);
        assertThat(awaitAnnouncedName(dir.resolve("impostor.err"))).isEqualTo(name);
        Result conflict = onWorkerHost("conflict", java("worker", "--discover", name, "--token", TOKEN));
        assertThat(conflict.exit()).isEqualTo(ExitStatus.REFUSED);
        assertThat(conflict.err()).contains("two or more machines announce the name \"" + name + "\" with different"
                + " certificates").contains(":50509 SHA256:").contains(":50510 SHA256:").doesNotContain("Exception");
        real.destroy();
        impostor.destroy();
    }

    private List<String> coordinator(String port, boolean announce, Path input) {
        return coordinator(port, announce, input, "config");
    }

    private List<String> coordinator(String port, boolean announce, Path input, String configDir) {
        List<String> command = java("analyze", "--split", "lines", "--listen", TestHosts.COORDINATOR_ADDRESS + ":" + port,
                "--token", TOKEN, "--threads", "0", "--local-workers", "0", "--min-workers", "1", input.toString());
        if (announce) {
            command.add(command.indexOf("--token"), "--announce");
        }
        command.add(1, "-D" + CoordinatorKeys.DIRECTORY_PROPERTY + "=" + dir.resolve(configDir));
        return command;
    }

    private record Result(int exit, String out, String err) {
    }

    private Result onWorkerHost(String name, List<String> command) throws Exception {
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        Process process = hosts.start(hosts.workerHost(), command, out, err);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(name + " ends").isTrue();
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String awaitAnnouncedName(Path err) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Matcher m = ANNOUNCED.matcher(Files.readString(err));
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the coordinator did not say it announces: " + Files.readString(err));
    }

    private static void awaitText(Path file, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.readString(file).contains(text)) {
            assertThat(System.nanoTime()).as("%s in %s", text, file).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static List<String> java(String... args) {
        return ChildJvm.command(Main.class, args);
    }
}
