package org.sentigrid.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sentigrid.api.EngineMode;
import org.sentigrid.app.Main;
import org.sentigrid.app.SentigridProcess;
import org.sentigrid.engine.SentimentAnalyzer;

/** {@code sentigrid serve} as users run it: a real process, real local workers, real TCP on loopback. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
@Tag("process")
class ServeEndToEndTest {
    private static final Pattern SERVING = Pattern.compile("sentigrid: serving on 127\\.0\\.0\\.1:(\\d+), protocol (\\w+)");

    @TempDir
    Path dir;

    private final List<Served> started = new ArrayList<>();

    @AfterEach
    void killWhatIsLeft() {
        for (Served served : started) {
            served.process.descendants().forEach(ProcessHandle::destroyForcibly);
            served.process.destroyForcibly();
        }
    }

    @Test
    void servesCompatOnTheGridAndStopsOnSigtermLeavingNoWorker() throws Exception {
        int port = freePort();
        Served served = serve("--listen", "127.0.0.1:" + port, "--local-workers", "1");
        assertThat(served.port).isEqualTo(port);
        assertThat(served.protocol).isEqualTo("compat");
        String sentence = "The food was great, but the service was painfully slow :(";
        try (Client client = new Client(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
            assertThat(client.send(sentence).readAll())
                    .isEqualTo(ScoreText.python(SentimentAnalyzer.of(EngineMode.VADER).score(sentence).compound()));
        }
        try (Client client = new Client(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
            assertThat(client.send("The food was great!\n").readAll()).isEqualTo("0.6588");
        }
        List<ProcessHandle> workers = served.process.descendants().toList();
        assertThat(workers).as("the local worker").isNotEmpty();

        served.process.destroy();  // SIGTERM

        assertThat(served.process.waitFor(30, TimeUnit.SECONDS)).as("serve exits on SIGTERM").isTrue();
        for (ProcessHandle worker : workers) {
            assertThat(worker.onExit().completeOnTimeout(worker, 10, TimeUnit.SECONDS).get().isAlive())
                    .as("worker %d is gone", worker.pid()).isFalse();
        }
        String err = served.err();
        assertThat(err).as("exit %d", served.process.exitValue()).contains("sentigrid: stopped serving on 127.0.0.1:" + port)
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void servesLinesInProcessOnAFreePortWithTheNltkEngine() throws Exception {
        Served served = serve("--listen", "127.0.0.1:0", "--protocol", "lines", "--in-process", "--engine", "nltk");
        assertThat(served.protocol).isEqualTo("lines");
        SentimentAnalyzer nltk = SentimentAnalyzer.of(EngineMode.NLTK);
        try (Client client = new Client(new InetSocketAddress(InetAddress.getLoopbackAddress(), served.port))) {
            client.send("No, I do not like it.\r\n\nGreat!!! \ud83d\ude00\n").halfClose();
            assertThat(client.readAll()).isEqualTo(ScoreText.line(nltk.score("No, I do not like it.")) + "\n"
                    + "0.000 0.000 0.000 0.0000\n" + ScoreText.line(nltk.score("Great!!! \ud83d\ude00")) + "\n");
        }
        served.process.destroy();
        assertThat(served.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aTakenPortIsOnePlainLineAndExitStatus1() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            SentigridProcess.Result result = SentigridProcess.run(dir, null,
                    "serve", "--listen", "127.0.0.1:" + taken.getLocalPort(), "--in-process").assertNoStackTrace();
            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.errLines()).hasSize(1).first().asString()
                    .startsWith("sentigrid: cannot listen on 127.0.0.1:" + taken.getLocalPort() + " (")
                    .endsWith("choose another address or port with --listen ADDRESS:PORT");
        }
    }

    @Test
    void badOptionsAreUsageErrors() {
        for (String[] args : List.of(
                new String[] {"serve", "--protocol", "http"},
                new String[] {"serve", "--listen", "127.0.0.1:99999"},
                new String[] {"serve", "--listen", "127.0.0.1:http"},
                new String[] {"serve", "--engine", "textblob"})) {
            SentigridProcess.Result result = SentigridProcess.run(dir, null, args).assertNoStackTrace();
            assertThat(result.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(result.errLines()).last().isEqualTo("Try 'sentigrid serve --help'.");
        }
    }

    @Test
    void helpDocumentsBothProtocolsTheErrorsAndTheLimits() {
        SentigridProcess.Result result = SentigridProcess.run(dir, null, "serve", "--help");
        assertThat(result.exit()).isZero();
        assertThat(result.out()).startsWith("Usage: sentigrid serve")
                .contains("--listen", "--protocol", "--engine", "--in-process", "--local-workers", "--grid-listen",
                        "--token", "--min-workers", "127.0.0.1:5000")
                .contains("Protocol compat", "300 ms", "half-closes", "0.6696, 0.0, -0.5423", "Protocol lines",
                        "0.000 0.000 0.000 0.0000", "error: the sentence is longer than 1 MiB",
                        "error: the request is not valid UTF-8", "128 connections");
        assertThat(result.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
        assertThat(SentigridProcess.run(dir, null, "--help").out()).contains("serve");
    }

    // --- helpers ---

    /** Starts {@code sentigrid serve ARGS} and waits (bounded) for its "serving on" line. */
    private Served serve(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve"));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "serve", ".err");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        Served served = new Served(process, err);
        started.add(served);
        served.awaitServing(Duration.ofSeconds(90));
        return served;
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    /** A running serve process; its standard error goes to a file (a pipe loses what comes as it exits). */
    private static final class Served {
        final Process process;
        final Path errFile;
        int port;
        String protocol;

        Served(Process process, Path errFile) {
            this.process = process;
            this.errFile = errFile;
        }

        void awaitServing(Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                Matcher matcher = SERVING.matcher(err());
                if (matcher.find()) {
                    port = Integer.parseInt(matcher.group(1));
                    protocol = matcher.group(2);
                    return;
                }
                if (!process.isAlive()) {
                    throw new AssertionError("serve exited with " + process.exitValue() + ": " + err());
                }
                Thread.sleep(50);
            }
            throw new AssertionError("serve did not start within " + timeout + ": " + err());
        }

        String err() throws IOException {
            return Files.readString(errFile, StandardCharsets.UTF_8);
        }
    }
}
